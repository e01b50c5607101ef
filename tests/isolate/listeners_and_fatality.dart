// Error and exit listeners with setErrorsFatal on a paused-then-resumed isolate: a port added
// twice hears each error once, and the last exit response wins; after removeErrorListener an
// error nobody hears is printed to stderr; setErrorsFatal(true) makes the next error end the
// isolate, and every exit listener gets its response.
// flags: --deterministic
// flags:
import 'dart:async';
import 'dart:isolate';

void flaky(SendPort p) {
  var n = 0;
  final r = ReceivePort();
  p.send(r.sendPort);
  r.listen((m) {
    n++;
    if (m == 'fail') throw 'failure $n';
    if (m == 'stop') {
      r.close();
      return;
    }
    p.send('ok $n');
  });
}

Future<void> main() async {
  final rp = ReceivePort();
  final it = StreamIterator(rp);
  final errs = ReceivePort();
  final exits = ReceivePort();
  final errLog = <String>[];
  final exitLog = <Object?>[];
  errs.listen((e) => errLog.add((e as List)[0]));
  exits.listen(exitLog.add);
  final iso = await Isolate.spawn(flaky, rp.sendPort, paused: true);
  iso.setErrorsFatal(false);
  iso.addErrorListener(errs.sendPort);
  iso.addErrorListener(errs.sendPort); // duplicate: one message per error
  iso.addOnExitListener(exits.sendPort, response: 'first response');
  iso.addOnExitListener(exits.sendPort, response: 'last response');
  iso.resume(iso.pauseCapability!);
  await it.moveNext();
  final SendPort to = it.current;
  to.send('fail');
  to.send('a');
  await it.moveNext();
  print(it.current);
  await Future.delayed(Duration(milliseconds: 10));
  print('errors: $errLog');
  iso.removeErrorListener(errs.sendPort);
  to.send('fail');
  to.send('b');
  await it.moveNext();
  print(it.current);
  await Future.delayed(Duration(milliseconds: 10));
  print('errors after remove: $errLog');
  iso.setErrorsFatal(true);
  final exitDone = Completer<void>();
  final exits2 = RawReceivePort((m) {
    print('second exit listener: $m');
    exitDone.complete();
  });
  iso.addOnExitListener(exits2.sendPort, response: 42);
  iso.addErrorListener(errs.sendPort);
  to.send('fail');
  await exitDone.future;
  exits2.close();
  await Future.delayed(Duration(milliseconds: 10));
  print('errors at end: $errLog');
  print('exits: $exitLog');
  errs.close();
  exits.close();
  await it.cancel();
}
// expect: ok 2
// expect: errors: [failure 1]
// expect: ok 4
// expect: errors after remove: [failure 1]
// expect: second exit listener: 42
// expect: errors at end: [failure 1, failure 5]
// expect: exits: [last response]
// expect stderr: Unhandled exception in isolate 'flaky':
// expect stderr: failure 3
// expect stderr: #0      flaky.<anonymous closure> (
