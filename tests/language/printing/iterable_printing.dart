// Checks that lazy iterables (map, where, keys, values, reversed) print in parentheses.
void main() {
  var xs = [1, 2, 3];
  print(xs.map((x) => x * 2)); // expect: (2, 4, 6)
  print(xs.where((x) => x.isOdd)); // expect: (1, 3)
  print(xs.reversed); // expect: (3, 2, 1)
  var m = {'a': 1, 'b': 2};
  print(m.keys); // expect: (a, b)
  print(m.values); // expect: (1, 2)
  print(xs.where((x) => x > 5)); // expect: ()
  print(xs.skip(1)); // expect: (2, 3)
  print(xs.take(2)); // expect: (1, 2)
}
