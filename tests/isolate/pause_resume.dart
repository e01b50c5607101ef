// A paused isolate queues its messages and handles them after resume; pauses are counted per
// capability.
// flags: --deterministic
// flags:
import 'dart:async';
import 'dart:isolate';

void worker(SendPort out) {
  var port = ReceivePort();
  out.send(port.sendPort);
  port.listen((m) => out.send('got $m'));
}

Future<void> main() async {
  var out = ReceivePort();
  var isolate = await Isolate.spawn(worker, out.sendPort);
  var it = StreamIterator(out);
  await it.moveNext();
  SendPort port = it.current;
  var first = isolate.pause();
  var second = isolate.pause();
  port.send('a');
  port.send('b');
  var pending = it.moveNext();
  var arrived = false;
  pending.then((_) => arrived = true);
  await Future.delayed(Duration(milliseconds: 20));
  print('while paused: $arrived');
  isolate.resume(first);
  await Future.delayed(Duration(milliseconds: 20));
  print('one resume: $arrived');
  isolate.resume(second);
  await pending;
  print(it.current);
  await it.moveNext();
  print(it.current);
  isolate.kill();
  await it.cancel();
}
// expect: while paused: false
// expect: one resume: false
// expect: got a
// expect: got b
