// Checks replaceFirst with a start index, for String and RegExp patterns, and its RangeError.
void main() {
  print('aXbX'.replaceFirst('X', '_')); // expect: a_bX
  print('aXbX'.replaceFirst('X', '_', 2)); // expect: aXb_
  print('a1b2'.replaceFirst(RegExp(r'\d'), '#')); // expect: a#b2
  print('a1b2'.replaceFirst(RegExp(r'\d'), '#', 2)); // expect: a1b#
  print('abc'.replaceFirst(RegExp('z'), '#')); // expect: abc
  'abc'.replaceFirst('b', 'x', 4); // expect runtime error: RangeError (startIndex): Invalid value: Not in inclusive range 0..3: 4
}
