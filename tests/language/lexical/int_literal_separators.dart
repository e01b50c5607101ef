// Checks _ digit separators in decimal and hexadecimal literals (Dart 3.6).
void main() {
  print(1_000_000); // expect: 1000000
  print(0xFF_FF); // expect: 65535
  print(1__0); // expect: 10
  print(9_223_372_036_854_775_807); // expect: 9223372036854775807
  print(1_000.5); // expect: 1000.5
}
