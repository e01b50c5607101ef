// Checks map literals: typed, untyped, non-string keys, and lookup of missing keys.
void main() {
  var m = {'a': 1, 'b': 2};
  var typed = <String, List<int>>{'evens': [2, 4]};
  var byInt = {1: 'one', 2: 'two'};
  print(m); // expect: {a: 1, b: 2}
  print(typed); // expect: {evens: [2, 4]}
  print(byInt[2]); // expect: two
  print(m['zzz']); // expect: null
  var empty = <String, int>{};
  print(empty); // expect: {}
  print(empty.isEmpty); // expect: true
  m['a'] = 10;
  print(m); // expect: {a: 10, b: 2}
}
