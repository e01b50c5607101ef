// Stream operators that make streams.
import 'dart:async';

Stream<int> nums() => Stream.fromIterable([1, 2, 2, 3, 4, 5, 5, 6]);

Future<void> main() async {
  print(await nums().map((x) => x * 10).toList());
  print(await nums().where((x) => x.isEven).toList());
  print(await nums().expand((x) => [x, -x]).take(4).toList());
  print(await nums().skip(5).toList());
  print(await nums().takeWhile((x) => x < 3).toList());
  print(await nums().skipWhile((x) => x < 4).toList());
  print(await nums().distinct().toList());
  print(await nums().asyncMap((x) async => x + 100).take(3).toList());
  print(await nums().take(2).asyncExpand((x) => Stream.fromIterable([x, x])).toList());
  print(await nums().cast<num>().first);
}
// expect: [10, 20, 20, 30, 40, 50, 50, 60]
// expect: [2, 2, 4, 6]
// expect: [1, -1, 2, -2]
// expect: [5, 5, 6]
// expect: [1, 2, 2]
// expect: [4, 5, 5, 6]
// expect: [1, 2, 3, 4, 5, 6]
// expect: [101, 102, 102]
// expect: [1, 1, 2, 2]
// expect: 1
