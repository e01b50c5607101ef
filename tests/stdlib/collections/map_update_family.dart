// putIfAbsent, update (with ifAbsent), updateAll and removeWhere.
void main() {
  var m = {'a': 1, 'b': 2};
  print(m.putIfAbsent('a', () => 9));
  print(m.putIfAbsent('c', () => 3));
  print(m.update('a', (v) => v + 10));
  print(m.update('z', (v) => v, ifAbsent: () => 26));
  m.updateAll((k, v) => v * 2);
  print(m);
  m.removeWhere((k, v) => v > 20);
  print(m);
  m.update('missing', (v) => v);
}
// expect: 1
// expect: 3
// expect: 11
// expect: 26
// expect: {a: 22, b: 4, c: 6, z: 52}
// expect: {b: 4, c: 6}
// expect runtime error: Invalid argument (key): Key not in map.: "missing"
