// Isolate.spawnUri runs main(args, message), main(args) and main() of a program loaded into a
// new isolate group, resolving the URI against this script; environment and checked apply.
// flags: --enable-asserts -DMODE=parent
// flags: --enable-asserts --deterministic -DMODE=parent
import 'dart:isolate';

Future<Object?> echo({Map<String, String>? environment, bool? checked, String? debugName}) async {
  var port = ReceivePort();
  await Isolate.spawnUri(Uri.parse('_support/spawn_uri/echo_child.dart'), ['a', 'b'], port.sendPort,
      environment: environment, checked: checked, debugName: debugName);
  return port.first;
}

Future<void> runToEnd(String path, List<String> args) async {
  var exit = ReceivePort();
  await Isolate.spawnUri(Uri.parse(path), args, null, onExit: exit.sendPort);
  await exit.first;
}

void main() async {
  print(await echo()); // expect: {args: [a, b], mode: parent, asserts: true, name: main}
  print(await echo(environment: {'MODE': 'child'}, checked: false, debugName: 'worker'));
  // expect: {args: [a, b], mode: child, asserts: false, name: worker}
  print(await echo(environment: {})); // expect: {args: [a, b], mode: none, asserts: true, name: main}
  await runToEnd('_support/spawn_uri/args_only_child.dart', ['x']); // expect: args_only_child: [x]
  await runToEnd('_support/spawn_uri/no_args_child.dart', []); // expect: no_args_child ran
  var isolate = await Isolate.spawnUri(
      Uri.parse('_support/spawn_uri/no_args_child.dart'), [], null, paused: true);
  print(isolate.debugName); // expect: main
  print(isolate.controlPort is SendPort); // expect: true
  var exit = ReceivePort();
  isolate.addOnExitListener(exit.sendPort, response: 'exited');
  isolate.resume(isolate.pauseCapability!);
  print(await exit.first); // expect: no_args_child ran
  // expect: exited
}
