// Checks that int arithmetic wraps around at 64 bits.
void main() {
  var max = 9223372036854775807;
  print(max + 1); // expect: -9223372036854775808
  print(max + 2); // expect: -9223372036854775807
  var min = -9223372036854775808;
  print(min - 1); // expect: 9223372036854775807
  print(max * 2); // expect: -2
  print(-min); // expect: -9223372036854775808
  print(min * -1); // expect: -9223372036854775808
  print(0x4000000000000000 * 4); // expect: 0
}
