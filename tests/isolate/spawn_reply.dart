// Isolate.spawn runs a function in a new isolate; it answers through a SendPort.
// flags: --deterministic
// flags:
import 'dart:isolate';

void worker(SendPort reply) {
  reply.send('hello from ${Isolate.current.debugName}');
}

Future<void> main() async {
  var port = ReceivePort();
  await Isolate.spawn(worker, port.sendPort, debugName: 'worker');
  print(await port.first);
  print(Isolate.current.debugName);
}
// expect: hello from worker
// expect: main
