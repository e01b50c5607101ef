// The main isolate's package configuration is the .dart_tool one found from bin/; a spawnUri
// child given a package: URI inherits it.
import 'dart:isolate';

void main() async {
  print(Isolate.packageConfigSync!.path.endsWith('my_app/.dart_tool/package_config.json'));
  // expect: true
  var resolved = await Isolate.resolvePackageUri(Uri.parse('package:my_app/src/engine.dart'));
  print(resolved!.path.endsWith('my_app/lib/src/engine.dart')); // expect: true
  print(Isolate.resolvePackageUriSync(Uri.parse('package:unknown/x.dart'))); // expect: null
  var port = ReceivePort();
  await Isolate.spawnUri(Uri.parse('package:my_app/worker.dart'), ['go'], port.sendPort);
  print(await port.first); // expect: [<Hello, engine go>!]
}
