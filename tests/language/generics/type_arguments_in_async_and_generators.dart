// Type arguments survive the suspension of async functions and generators.
Future<bool> laterIs<T>(Object? x) async {
  await null;
  return x is T;
}

Iterable<Object?> only<T>(List<Object?> items) sync* {
  for (var item in items) {
    if (item is T) yield item;
  }
}

Stream<Object?> onlyAsync<T>(List<Object?> items) async* {
  for (var item in items) {
    await null;
    if (item is T) yield item;
  }
}

Future<void> main() async {
  print(await laterIs<int>(1)); // expect: true
  print(await laterIs<int>('1')); // expect: false
  print(only<String>([1, 'a', 2, 'b']).toList()); // expect: [a, b]
  print(await onlyAsync<int>([1, 'a', 2]).toList()); // expect: [1, 2]
}
