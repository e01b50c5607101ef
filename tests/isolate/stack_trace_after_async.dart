// A stack trace taken in an isolate is whole even when the thread running it has just run an
// async body of another isolate (or of its own) in the same frame slots: a frame record left
// marked "resumed" once cut traces short, ending them in "<asynchronous suspension>".
// flags: --deterministic
// flags:
import 'dart:async';
import 'dart:isolate';

void worker(SendPort p) {
  final r = ReceivePort();
  p.send(r.sendPort);
  r.listen((m) {
    if (m == 'stop') {
      r.close();
      return;
    }
    try {
      throw StateError('in listener');
    } catch (e, s) {
      final text = s.toString();
      p.send('cut: ${text.contains('<asynchronous suspension>')}, '
          'reaches the port handler: ${text.contains('_handleMessage')}');
    }
  });
}

Future<int> step(int i) async {
  await Future.delayed(Duration.zero);
  return i;
}

Future<void> main() async {
  final rp = ReceivePort();
  final it = StreamIterator(rp);
  await Isolate.spawn(worker, rp.sendPort);
  await it.moveNext();
  final SendPort to = it.current;
  for (var i = 0; i < 3; i++) {
    await step(i);
    to.send(i);
    await it.moveNext();
    print(it.current);
  }
  to.send('stop');
  await it.cancel();
}
// expect: cut: false, reaches the port handler: true
// expect: cut: false, reaches the port handler: true
// expect: cut: false, reaches the port handler: true
