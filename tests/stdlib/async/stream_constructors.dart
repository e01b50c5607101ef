// Stream.fromIterable, value, error, empty, fromFuture, fromFutures and periodic.
import 'dart:async';

Future<void> main() async {
  print(await Stream.fromIterable([1, 2, 3]).toList());
  print(await Stream.value('v').toList());
  print(await Stream<int>.empty().toList());
  print(await Stream.fromFuture(Future.value(7)).toList());
  print(await Stream.fromFutures([
    Future.delayed(Duration(milliseconds: 2), () => 'b'),
    Future.value('a'),
  ]).toList());
  try {
    await Stream<int>.error(StateError('err')).toList();
  } catch (e) {
    print(e);
  }
  print(await Stream.periodic(Duration(milliseconds: 1), (i) => i * i).take(4).toList());
}
// expect: [1, 2, 3]
// expect: [v]
// expect: []
// expect: [7]
// expect: [a, b]
// expect: Bad state: err
// expect: [0, 1, 4, 9]
