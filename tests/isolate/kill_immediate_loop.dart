// kill(priority: immediate) stops an isolate stuck in an infinite loop; its exit listener
// gets the response.
// flags: --deterministic
// flags:
import 'dart:isolate';

void spin(SendPort started) {
  started.send('spinning');
  var i = 0;
  while (true) {
    i++;
  }
}

Future<void> main() async {
  var started = ReceivePort();
  var exited = ReceivePort();
  var isolate = await Isolate.spawn(spin, started.sendPort);
  isolate.addOnExitListener(exited.sendPort, response: 'spinner exited');
  print(await started.first);
  isolate.kill(priority: Isolate.immediate);
  print(await exited.first);
}
// expect: spinning
// expect: spinner exited
