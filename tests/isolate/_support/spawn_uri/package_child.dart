// Imports a package through the configuration spawnUri gives it.
import 'dart:isolate';
import 'package:greeting/greeting.dart';

void main(List<String> args, SendPort port) {
  port.send([greet('child'), Isolate.packageConfigSync?.scheme, Isolate.resolvePackageUriSync(Uri.parse('package:greeting/greeting.dart'))?.pathSegments.last]);
}
