// Checks Map keys and values as iterables in insertion order.
void main() {
  var m = {'b': 2, 'a': 1, 'c': 3};
  print(m.keys.toList()); // expect: [b, a, c]
  print(m.values.toList()); // expect: [2, 1, 3]
  print(m.keys.contains('a')); // expect: true
  var sum = 0;
  for (var v in m.values) {
    sum += v;
  }
  print(sum); // expect: 6
  print(m.containsValue(3)); // expect: true
}
