// Checks putIfAbsent: it calls the function only for a missing key and returns the value.
void main() {
  var m = {'a': 1};
  var r1 = m.putIfAbsent('a', () {
    print('not called');
    return 99;
  });
  print(r1); // expect: 1
  var r2 = m.putIfAbsent('b', () => 2);
  print(r2); // expect: 2
  print(m); // expect: {a: 1, b: 2}
  var groups = <int, List<String>>{};
  for (var w in ['hi', 'yo', 'hey', 'a']) {
    groups.putIfAbsent(w.length, () => []).add(w);
  }
  print(groups); // expect: {2: [hi, yo], 3: [hey], 1: [a]}
}
