// The future of a broadcast controller's close() completes only after every listener has
// had its done event (as in the Dart VM), or at once when there is no listener; onCancel
// runs when the last listener goes, closed or not.
import 'dart:async';

void main() async {
  var bc = StreamController<String>.broadcast(onCancel: () => print('onCancel'));
  bc.stream.listen((e) => print('L1 $e'), onDone: () => print('L1 done'));
  bc.stream.listen((e) => print('L2 $e'), onDone: () => print('L2 done'));
  bc.add('a');
  bc.add('b');
  scheduleMicrotask(() => print('micro'));
  var f = bc.close();
  f.then((_) => print('close future'));
  await f;
  print('after close');
  // expect: L1 a
  // expect: L2 a
  // expect: micro
  // expect: L1 b
  // expect: L2 b
  // expect: L1 done
  // expect: onCancel
  // expect: L2 done
  // expect: close future
  // expect: after close

  var empty = StreamController<int>.broadcast();
  await empty.close();
  print('empty closed'); // expect: empty closed
}
