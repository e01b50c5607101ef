// A StreamController delivers events asynchronously, in order, one per microtask; done after
// close. Events added before listen are buffered.
import 'dart:async';

void main() {
  var c = StreamController<int>();
  c.add(1);
  c.stream.listen((x) => print('data $x'), onDone: () => print('done'));
  c.add(2);
  scheduleMicrotask(() => print('micro'));
  c.close();
  print('sync end');
}
// expect: sync end
// expect: data 1
// expect: micro
// expect: data 2
// expect: done
