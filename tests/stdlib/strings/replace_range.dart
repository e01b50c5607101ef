// Checks replaceRange with and without an end, and its RangeError.
void main() {
  print('abc'.replaceRange(1, 2, 'ZZ')); // expect: aZZc
  print('abc'.replaceRange(1, null, 'ZZ')); // expect: aZZ
  print('abc'.replaceRange(0, 0, '>')); // expect: >abc
  print('abc'.replaceRange(3, 3, '<')); // expect: abc<
  'abc'.replaceRange(2, 1, ''); // expect runtime error: RangeError (end): Invalid value: Not in inclusive range 2..3: 1
}
