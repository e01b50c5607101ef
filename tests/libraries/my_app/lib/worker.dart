// A spawnUri entry point inside the package.
import 'dart:isolate';
import 'package:my_app/my_app.dart';

void main(List<String> args, SendPort port) {
  port.send(startAll(args));
}
