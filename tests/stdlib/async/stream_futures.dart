// Stream members that give futures.
Stream<int> nums() => Stream.fromIterable([3, 1, 4, 1, 5]);

Future<void> main() async {
  print(await nums().first);
  print(await nums().last);
  print(await nums().length);
  print(await nums().isEmpty);
  print(await nums().elementAt(2));
  print(await nums().firstWhere((x) => x > 3));
  print(await nums().lastWhere((x) => x < 3));
  print(await nums().firstWhere((x) => x > 9, orElse: () => -1));
  print(await nums().fold<int>(0, (a, b) => a + b));
  print(await nums().reduce((a, b) => a > b ? a : b));
  print(await nums().join('-'));
  print(await nums().contains(4));
  print(await nums().any((x) => x > 4));
  print(await nums().every((x) => x > 0));
  print(await nums().toSet());
  print(await Stream.value(9).single);
  var seen = <int>[];
  await nums().forEach(seen.add);
  print(seen);
  try {
    await Stream<int>.empty().first;
  } catch (e) {
    print(e);
  }
  try {
    await nums().single;
  } catch (e) {
    print(e);
  }
}
// expect: 3
// expect: 5
// expect: 5
// expect: false
// expect: 4
// expect: 4
// expect: 1
// expect: -1
// expect: 14
// expect: 5
// expect: 3-1-4-1-5
// expect: true
// expect: true
// expect: true
// expect: {3, 1, 4, 5}
// expect: 9
// expect: [3, 1, 4, 1, 5]
// expect: Bad state: No element
// expect: Bad state: Too many elements
