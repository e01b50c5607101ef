// Dart 3's `.wait` on records and iterables of futures: all values once every future is done,
// or a ParallelWaitError with the values and errors in the same shape.
import 'dart:async';

Future<T> later<T>(int ms, T value) => Future.delayed(Duration(milliseconds: ms), () => value);

Future<void> main() async {
  final (a, b) = await (later(5, 1), later(1, 'x')).wait;
  print('$a $b');
  // expect: 1 x
  final (n, s, ok) = await (Future.value(2), later(2, 'y'), Future.value(true)).wait;
  print('$n $s $ok');
  // expect: 2 y true
  print(await [later(3, 'c'), later(1, 'a')].wait);
  // expect: [c, a]
  print(await <Future<int>>[].wait);
  // expect: []
  final finished = <String>[];
  try {
    await (
      later(1, 'v').whenComplete(() => finished.add('v')),
      Future<int>.error(StateError('bad')),
      later(5, 3).whenComplete(() => finished.add('slow')),
    ).wait;
  } on ParallelWaitError catch (e) {
    print(e);
    // expect: ParallelWaitError: Bad state: bad
    print(e.values);
    // expect: (v, null, 3)
    final (_, AsyncError error, _) = e.errors as (Object?, AsyncError, Object?);
    print(error.error);
    // expect: Bad state: bad
    print(finished);
    // expect: [v, slow]
  }
  try {
    await [Future<int>.error('e1'), later(1, 1), Future<int>.error('e2')].wait;
  } on ParallelWaitError<List<int?>, List<AsyncError?>> catch (e) {
    print(e);
    // expect: ParallelWaitError(2 errors): e1
    print(e.values);
    // expect: [null, 1, null]
    print(e.errors.map((x) => x?.error).toList());
    // expect: [e1, null, e2]
  }
  print(ParallelWaitError(1, 2));
  // expect: ParallelWaitError
}
