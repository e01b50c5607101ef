// Checks the largest and smallest int literals and 64-bit hexadecimal literals.
void main() {
  print(9223372036854775807); // expect: 9223372036854775807
  print(-9223372036854775808); // expect: -9223372036854775808
  print(0x7FFFFFFFFFFFFFFF); // expect: 9223372036854775807
  print(0xFFFFFFFFFFFFFFFF); // expect: -1
  print(0x8000000000000000); // expect: -9223372036854775808
  print(1000000000000); // expect: 1000000000000
  print(4294967296 * 4294967296); // expect: 0
  print(4294967295 * 4294967297); // expect: -1
}
