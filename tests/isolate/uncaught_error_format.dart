// An uncaught error in a spawned isolate that no error listener hears is printed to stderr with
// the isolate's name (its entry point's by default), fatal or not, so it is never lost; the
// program goes on and exits 0.
// flags: --deterministic
// flags:
import 'dart:async';
import 'dart:isolate';

void failing(int n) {
  throw StateError('worker $n failed');
}

void tolerant(SendPort p) {
  var r = ReceivePort();
  p.send(r.sendPort);
  r.listen((m) {
    if (m == 'boom') throw 'ignored error';
    p.send('ok $m');
  });
}

Future<void> main() async {
  var exit = ReceivePort();
  await Isolate.spawn(failing, 1, onExit: exit.sendPort);
  await exit.first;
  print('after fatal');
  var out = ReceivePort();
  var it = StreamIterator(out);
  var isolate = await Isolate.spawn(tolerant, out.sendPort, errorsAreFatal: false);
  await it.moveNext();
  SendPort port = it.current;
  port.send('boom');
  port.send(1);
  await it.moveNext();
  print(it.current);
  isolate.kill();
  await it.cancel();
}
// expect: after fatal
// expect: ok 1
// expect stderr: Unhandled exception in isolate 'failing':
// expect stderr: Bad state: worker 1 failed
// expect stderr: #0      failing (
// expect stderr: Unhandled exception in isolate 'tolerant':
// expect stderr: ignored error
