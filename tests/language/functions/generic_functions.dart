// Checks generic functions with explicit and inferred type arguments.
T first<T>(List<T> items) => items[0];

List<T> repeat<T>(T value, int times) => [for (var i = 0; i < times; i++) value];

K pickKey<K, V>(Map<K, V> map) => map.keys.first;

T identity<T>(T x) => x;

void main() {
  print(first<int>([7, 8])); // expect: 7
  print(first(['a', 'b'])); // expect: a
  print(repeat('ab', 3)); // expect: [ab, ab, ab]
  print(repeat<int>(0, 2)); // expect: [0, 0]
  print(pickKey({'k': 1})); // expect: k
  print(identity(3.5)); // expect: 3.5
  var idInt = identity<int>;
  print(idInt(9)); // expect: 9
}
