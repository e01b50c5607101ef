// A subscription's done event (and, with cancelOnError, its error) waits for a cancel that
// takes time, as in Dart: take/takeWhile over an async* stream run its finally first, and a
// controller's done waits for its onCancel future.
import 'dart:async';

Stream<int> gen(String name) async* {
  try {
    for (var i = 0;; i++) {
      yield i;
    }
  } finally {
    print('$name finally');
  }
}

Future<void> main() async {
  print(await gen('take').take(2).toList());
  print(await gen('takeWhile').takeWhile((x) => x < 2).toList());

  var c = StreamController<int>(onCancel: () async {
    await Future.delayed(Duration(milliseconds: 2));
    print('onCancel finished');
  });
  c.add(1);
  c.add(2);
  c.add(3);
  print(await c.stream.take(2).toList());

  var d = StreamController<int>(
      onCancel: () => Future.delayed(Duration(milliseconds: 1), () => print('d cancel done')));
  d.stream.listen(print, onDone: () => print('d onDone'));
  d.add(7);
  await d.close();
  print('d closed');

  var e = StreamController<int>(
      onCancel: () => Future.delayed(Duration(milliseconds: 1), () => print('e cancel done')));
  e.stream.listen(print, onError: (x) => print('error $x'), cancelOnError: true);
  e.addError('bad');
  await Future.delayed(Duration(milliseconds: 5));
  print('end');
}
// expect: take finally
// expect: [0, 1]
// expect: takeWhile finally
// expect: [0, 1]
// expect: onCancel finished
// expect: [1, 2]
// expect: 7
// expect: d cancel done
// expect: d onDone
// expect: d closed
// expect: e cancel done
// expect: error bad
// expect: end
