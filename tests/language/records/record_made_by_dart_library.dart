// A record made inside a dart: library (Iterable.indexed) has the same shape class as one the
// program makes: record types and patterns match it.
void main() {
  final first = ['a', 'b'].indexed.first;
  print(first is (int, String));
  // expect: true
  print(first is (int, int));
  // expect: false
  final (i, s) = first;
  print('$i $s');
  // expect: 0 a
  print(switch (first) { (0, 'a') => 'matched', _ => 'no match' });
  // expect: matched
  print(first == (0, 'a'));
  // expect: true
  print({first, (0, 'a')}.length);
  // expect: 1
  final (int, String) typed = first;
  print(typed.$2);
  // expect: a
}
