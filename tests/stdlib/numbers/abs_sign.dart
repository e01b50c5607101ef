// Checks abs and sign of ints and doubles, including -0.0 and NaN.
void main() {
  print((-5).abs()); // expect: 5
  print((-5.5).abs()); // expect: 5.5
  print((-0.0).abs()); // expect: 0.0
  print((-5).sign); // expect: -1
  print(0.sign); // expect: 0
  print(3.sign); // expect: 1
  print((-5.5).sign); // expect: -1.0
  print((-0.0).sign); // expect: -0.0
  print(double.nan.sign); // expect: NaN
  print((-9223372036854775808).abs()); // expect: -9223372036854775808
}
