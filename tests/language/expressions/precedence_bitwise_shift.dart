// Checks the precedence of shifts and bitwise operators relative to each other and to +.
void main() {
  print(1 + 2 << 3); // expect: 24
  print(1 << 2 + 1); // expect: 8
  print(6 & 3 | 4); // expect: 6
  print(6 ^ 3 & 5); // expect: 7
  print(1 | 2 ^ 3); // expect: 1
  print(5 & 3 == 1); // expect: true
  print(~0 & 0xF); // expect: 15
  print(1 << 4 >> 2); // expect: 4
  print(8 | 1 < 10); // expect: true
}
