// Checks that maps keep insertion order: updates keep a key's place, re-adding moves it last.
void main() {
  var m = <int, String>{};
  m[3] = 'c';
  m[1] = 'a';
  m[2] = 'b';
  print(m); // expect: {3: c, 1: a, 2: b}
  m[3] = 'C';
  print(m); // expect: {3: C, 1: a, 2: b}
  m.remove(3);
  m[3] = 'again';
  print(m); // expect: {1: a, 2: b, 3: again}
  print(m.keys.first); // expect: 1
}
