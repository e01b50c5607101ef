// An isolate spawned paused and resumed at once always runs its entry point, whenever the
// resume reaches it (before its first turn, or in the middle of one).
import 'dart:isolate';

void child(SendPort port) => port.send('ran');

void main() async {
  var ran = 0;
  for (var i = 0; i < 100; i++) {
    var port = ReceivePort();
    var exit = ReceivePort();
    var isolate = await Isolate.spawn(child, port.sendPort, paused: true);
    isolate.addOnExitListener(exit.sendPort);
    isolate.resume(isolate.pauseCapability!);
    await exit.first;
    if (await port.first == 'ran') ran++;
  }
  print('spawn: $ran of 100 ran'); // expect: spawn: 100 of 100 ran
  ran = 0;
  for (var i = 0; i < 100; i++) {
    var port = ReceivePort();
    var exit = ReceivePort();
    var isolate = await Isolate.spawnUri(
        Uri.parse('_support/spawn_uri/echo_child.dart'), [], port.sendPort,
        paused: true);
    isolate.addOnExitListener(exit.sendPort);
    isolate.resume(isolate.pauseCapability!);
    await exit.first;
    if (await port.first is Map) ran++;
  }
  print('spawnUri: $ran of 100 ran'); // expect: spawnUri: 100 of 100 ran
}
