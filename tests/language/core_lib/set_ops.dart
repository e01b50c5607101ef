// Checks Set add (returns whether it was new), contains, remove and length.
void main() {
  var s = <String>{};
  print(s.add('a')); // expect: true
  print(s.add('b')); // expect: true
  print(s.add('a')); // expect: false
  print(s.length); // expect: 2
  print(s.contains('b')); // expect: true
  print(s.remove('b')); // expect: true
  print(s.remove('b')); // expect: false
  print(s); // expect: {a}
  s.addAll(['x', 'a', 'y']);
  print(s); // expect: {a, x, y}
}
