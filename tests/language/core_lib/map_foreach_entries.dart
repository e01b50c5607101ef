// Checks Map.forEach and entries (MapEntry key/value and toString).
void main() {
  var m = {'a': 1, 'b': 2};
  m.forEach((k, v) => print('$k -> $v'));
  // expect: a -> 1
  // expect: b -> 2
  for (var e in m.entries) {
    print('${e.key}${e.value}');
  }
  // expect: a1
  // expect: b2
  print(m.entries.first); // expect: MapEntry(a: 1)
  print(m.entries.map((e) => e.value * 10).toList()); // expect: [10, 20]
}
