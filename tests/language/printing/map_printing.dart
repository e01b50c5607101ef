// Checks map printing: key: value pairs in insertion order, any key type.
void main() {
  print({'a': 1, 'b': 2}); // expect: {a: 1, b: 2}
  print({1: 'one', 2: 'two'}); // expect: {1: one, 2: two}
  print({null: 0, true: 1.5}); // expect: {null: 0, true: 1.5}
  var m = <String, int>{};
  m['z'] = 1;
  m['a'] = 2;
  m['m'] = 3;
  print(m); // expect: {z: 1, a: 2, m: 3}
}
