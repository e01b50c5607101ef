// Checks decimal and hexadecimal int literals (upper and lower case digits and prefix).
void main() {
  print(0); // expect: 0
  print(42); // expect: 42
  print(0x2A); // expect: 42
  print(0xff); // expect: 255
  print(0XAB); // expect: 171
  print(0x10 + 1); // expect: 17
  print(-0x10); // expect: -16
  print(007); // expect: 7
}
