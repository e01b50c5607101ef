// Checks contains, startsWith and endsWith with String and RegExp patterns and start indexes.
void main() {
  print('hello'.contains('ell')); // expect: true
  print('hello'.contains('ell', 2)); // expect: false
  print('hello'.contains(RegExp(r'l{2}'))); // expect: true
  print('hello'.contains(RegExp(r'^l'), 2)); // expect: true
  print('hello'.startsWith('he')); // expect: true
  print('hello'.startsWith('ll', 2)); // expect: true
  print('hello'.startsWith(RegExp(r'l+o'), 3)); // expect: true
  print('hello'.startsWith(RegExp(r'l+o'))); // expect: false
  print('hello'.endsWith('lo')); // expect: true
  print('hello'.endsWith('')); // expect: true
  print('lo'.endsWith('hello')); // expect: false
  'abc'.startsWith('a', 4); // expect runtime error: RangeError: Invalid value: Not in inclusive range 0..3: 4
}
