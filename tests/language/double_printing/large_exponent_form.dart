// Checks that doubles from 1e21 up print in exponent form with an explicit + sign.
void main() {
  print(1e20); // expect: 100000000000000000000.0
  print(1e21); // expect: 1e+21
  print(1.5e300); // expect: 1.5e+300
  print(-2.5e22); // expect: -2.5e+22
  print(1e100); // expect: 1e+100
  print(123456789012345678901.0); // expect: 123456789012345680000.0
  print(1.7976931348623157e308); // expect: 1.7976931348623157e+308
}
