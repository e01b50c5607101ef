// Checks toStringAsExponential with and without a digit count, for doubles and ints.
void main() {
  print(123.456.toStringAsExponential()); // expect: 1.23456e+2
  print(123.456.toStringAsExponential(2)); // expect: 1.23e+2
  print(0.00015.toStringAsExponential(1)); // expect: 1.5e-4
  print(1.0.toStringAsExponential(0)); // expect: 1e+0
  print(0.0.toStringAsExponential(3)); // expect: 0.000e+0
  print((-5).toStringAsExponential(1)); // expect: -5.0e+0
  print(1e-10.toStringAsExponential()); // expect: 1e-10
  print(double.infinity.toStringAsExponential(2)); // expect: Infinity
}
