// With errorsAreFatal: false an isolate reports an uncaught error and goes on.
// flags: --deterministic
// flags:
import 'dart:async';
import 'dart:isolate';

void worker(SendPort out) {
  var port = ReceivePort();
  out.send(port.sendPort);
  port.listen((m) {
    if (m == 'fail') throw StateError('handler failed');
    out.send('handled $m');
  });
}

Future<void> main() async {
  var out = ReceivePort();
  var errors = ReceivePort();
  var isolate = await Isolate.spawn(worker, out.sendPort,
      errorsAreFatal: false, onError: errors.sendPort);
  var it = StreamIterator(out);
  await it.moveNext();
  SendPort port = it.current;
  port.send('fail');
  print((await errors.first)[0]);
  port.send('next');
  await it.moveNext();
  print(it.current);
  isolate.kill();
  await it.cancel();
}
// expect: Bad state: handler failed
// expect: handled next
