// Map.from, of, fromIterable, fromIterables, fromEntries.
void main() {
  var source = {'x': 1};
  var copy = Map.from(source);
  copy['y'] = 2;
  print(source);
  print(copy);
  print(Map.of(source));
  print(Map.fromIterable([1, 2, 3], key: (e) => 'k$e', value: (e) => e * e));
  print(Map.fromIterables(['a', 'b'], [1, 2]));
  print(Map.fromEntries([MapEntry(1, 2)]));
  Map.fromIterables([1], [1, 2]);
}
// expect: {x: 1}
// expect: {x: 1, y: 2}
// expect: {x: 1}
// expect: {k1: 1, k2: 4, k3: 9}
// expect: {a: 1, b: 2}
// expect: {1: 2}
// expect runtime error: Invalid argument(s): Iterables do not have same length.
