// spawnUri's packageConfig (a file, or a data: URI holding the JSON), a package: URI as the
// program, and resolvePackageUri in the child's group.
import 'dart:convert';
import 'dart:isolate';

Future<Object?> run(Uri uri, {Uri? packageConfig}) async {
  var port = ReceivePort();
  await Isolate.spawnUri(uri, [], port.sendPort, packageConfig: packageConfig);
  return port.first;
}

void main() async {
  print(Isolate.packageConfigSync); // expect: null
  print(await Isolate.packageConfig); // expect: null
  print(Isolate.resolvePackageUriSync(Uri.parse('package:greeting/greeting.dart'))); // expect: null
  print(Isolate.resolvePackageUriSync(Uri.parse('file:///x.dart'))); // expect: file:///x.dart
  var config = Uri.parse('_support/spawn_uri/packages.json');
  print(await run(Uri.parse('_support/spawn_uri/package_child.dart'), packageConfig: config));
  // expect: [<Hello, child>!, file, greeting.dart]
  var json = '{"configVersion": 2, "packages": [{"name": "child", "rootUri": '
      '"_support/spawn_uri/", "packageUri": "./"}, {"name": "greeting", "rootUri": '
      '"../libraries/_support/greeting/", "packageUri": "lib/"}]}';
  var data = Uri.dataFromString(json, mimeType: 'application/json', encoding: utf8);
  print(await run(Uri.parse('package:child/package_child.dart'), packageConfig: data));
  // expect: [<Hello, child>!, data, greeting.dart]
}
