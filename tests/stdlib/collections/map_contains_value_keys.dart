// containsKey, containsValue, keys/values views stay live.
void main() {
  var m = {'a': 1};
  var keys = m.keys;
  var values = m.values;
  m['b'] = 2;
  print(keys);
  print(values);
  print(m.containsKey('b'));
  print(m.containsValue(2));
  print(m.containsValue(3));
  print(m.isEmpty);
  print(m.length);
}
// expect: (a, b)
// expect: (1, 2)
// expect: true
// expect: true
// expect: false
// expect: false
// expect: 2
