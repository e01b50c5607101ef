// kill() (beforeNextEvent) ends the isolate after its current event; a kill without the
// terminate capability is ignored.
// flags: --deterministic
// flags:
import 'dart:async';
import 'dart:isolate';

void worker(SendPort out) {
  var port = ReceivePort();
  out.send(port.sendPort);
  port.listen((m) => out.send('echo $m'));
}

Future<void> main() async {
  var out = ReceivePort();
  var exited = ReceivePort();
  var isolate = await Isolate.spawn(worker, out.sendPort, onExit: exited.sendPort);
  var it = StreamIterator(out);
  await it.moveNext();
  SendPort port = it.current;
  port.send(1);
  await it.moveNext();
  print(it.current);
  Isolate(isolate.controlPort).kill();  // No capability: ignored.
  port.send(2);
  await it.moveNext();
  print(it.current);
  isolate.kill();
  await exited.first;
  print('exited');
  await it.cancel();
}
// expect: echo 1
// expect: echo 2
// expect: exited
