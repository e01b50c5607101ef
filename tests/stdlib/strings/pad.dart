// Checks padLeft and padRight: multi-character padding repeats, short widths return the string.
void main() {
  print('7'.padLeft(3, '0')); // expect: 007
  print('7'.padRight(3, 'ab')); // expect: 7abab
  print('[${'7'.padLeft(3)}]'); // expect: [  7]
  print('hello'.padLeft(3, '*')); // expect: hello
  print('7'.padLeft(-3)); // expect: 7
  print('x'.padRight(4, '') + '|'); // expect: x|
}
