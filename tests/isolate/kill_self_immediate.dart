// Killing the current isolate with immediate priority is synchronous: nothing after it runs.
// flags: --deterministic
import 'dart:isolate';

void worker(SendPort log) {
  log.send('before');
  Isolate.current.kill(priority: Isolate.immediate);
  log.send('after');
}

Future<void> main() async {
  var log = ReceivePort();
  var exited = ReceivePort();
  await Isolate.spawn(worker, log.sendPort, onExit: exited.sendPort);
  await exited.first;
  log.listen(print);
  await Future.delayed(Duration(milliseconds: 10));
  log.close();
}
// expect: before
