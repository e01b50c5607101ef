// spawnUri's future fails with IsolateSpawnException carrying the diagnostic when the program
// cannot be loaded, and with ArgumentError for bad arguments or an unsendable message.
import 'dart:isolate';

class Local {}

Future<void> attempt(String uri, {Object? message, Uri? packageRoot, Uri? packageConfig,
    bool automatic = false}) async {
  try {
    await Isolate.spawnUri(Uri.parse(uri), [], message,
        packageRoot: packageRoot,
        packageConfig: packageConfig,
        automaticPackageResolution: automatic);
    print('spawned');
  } on IsolateSpawnException catch (e) {
    print(e.toString().split('\n').first);
  } on ArgumentError catch (e) {
    print('ArgumentError: ${e.message}'.split(' (').first.split(' - Library').first);
  }
}

void main() async {
  await attempt('_support/spawn_uri/missing.dart');
  // expect: IsolateSpawnException: Unable to spawn isolate: Error when reading '_support/spawn_uri/missing.dart': No such file or directory
  await attempt('_support/spawn_uri/compile_error_child.dart');
  // expect: IsolateSpawnException: Unable to spawn isolate: _support/spawn_uri/compile_error_child.dart:2:8: Error: Can't find ')' to match '('.
  await attempt('_support/spawn_uri/no_main_child.dart');
  // expect: IsolateSpawnException: Unable to spawn isolate: The library '_support/spawn_uri/no_main_child.dart' has no 'main' function.
  await attempt('http://example.com/x.dart');
  // expect: IsolateSpawnException: Unable to spawn isolate: Unsupported scheme in 'http://example.com/x.dart': Islet loads file:, package: and data: URIs.
  await attempt('package:nothing/x.dart');
  // expect: IsolateSpawnException: Unable to spawn isolate: Couldn't resolve 'package:nothing/x.dart': no package configuration.
  await attempt('_support/spawn_uri/no_args_child.dart', packageRoot: Uri.parse('x/'));
  // expect: ArgumentError: packageRoot is no longer supported
  await attempt('_support/spawn_uri/no_args_child.dart',
      packageConfig: Uri.parse('x.json'), automatic: true);
  // expect: ArgumentError: Cannot simultaneously request automaticPackageResolution and specify a packageConfig.
  await attempt('_support/spawn_uri/no_args_child.dart', packageConfig: Uri.parse('missing.json'));
  // expect: IsolateSpawnException: Unable to spawn isolate: Error when reading the package configuration 'missing.json': No such file or directory
  await attempt('_support/spawn_uri/no_args_child.dart', message: Local());
  // expect: ArgumentError: Illegal argument in isolate message: object is unsendable
}
