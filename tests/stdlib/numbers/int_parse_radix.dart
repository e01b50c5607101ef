// Checks int.parse with an explicit radix: digits and letters of radix 2..36, either case.
void main() {
  print(int.parse('ff', radix: 16)); // expect: 255
  print(int.parse('FF', radix: 16)); // expect: 255
  print(int.parse('-101', radix: 2)); // expect: -5
  print(int.parse('zz', radix: 36)); // expect: 1295
  print(int.parse('777', radix: 8)); // expect: 511
  print(int.parse(' +12 ', radix: 3)); // expect: 5
  print(int.parse('7fffffffffffffff', radix: 16)); // expect: 9223372036854775807
  print(int.parse('-8000000000000000', radix: 16)); // expect: -9223372036854775808
}
