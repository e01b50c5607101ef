// ping answers with its response, also while the isolate is paused.
// flags: --deterministic
// flags:
import 'dart:isolate';

void idle(SendPort ready) {
  var port = ReceivePort();
  ready.send(port.sendPort);
}

Future<void> main() async {
  var ready = ReceivePort();
  var isolate = await Isolate.spawn(idle, ready.sendPort);
  await ready.first;
  isolate.pause(isolate.pauseCapability);
  var pong = ReceivePort();
  isolate.ping(pong.sendPort, response: 'pong');
  print(await pong.first);
  isolate.kill(priority: Isolate.immediate);
}
// expect: pong
