// Checks & | ^ ~ on positive and negative ints.
void main() {
  print(12 & 10); // expect: 8
  print(12 | 10); // expect: 14
  print(12 ^ 10); // expect: 6
  print(~12); // expect: -13
  print(~-1); // expect: 0
  print(-1 & 0xFF); // expect: 255
  print(-8 | 3); // expect: -5
  print(-8 ^ -1); // expect: 7
  print(0x0F0F & 0x00FF); // expect: 15
}
