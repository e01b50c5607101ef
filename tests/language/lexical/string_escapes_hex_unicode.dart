// Checks \xHH, \uHHHH and \u{H...} escapes, including a code point outside the BMP.
void main() {
  print('\x41\x42'); // expect: AB
  print('\u0043'); // expect: C
  print('\u{44}'); // expect: D
  print('caf\u00e9'); // expect: café
  print('\u{1F600}'); // expect: 😀
  print('\u{1F600}'.length); // expect: 2
  print('\u{1F600}'.codeUnitAt(0)); // expect: 55357
  print('\u{1F600}'.codeUnitAt(1)); // expect: 56832
  print('\x7e'.codeUnitAt(0)); // expect: 126
}
