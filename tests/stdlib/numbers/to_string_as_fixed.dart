// Checks toStringAsFixed: rounding of the exact binary value, negative zero, large values, ints.
void main() {
  print(3.14159.toStringAsFixed(2)); // expect: 3.14
  print(1.005.toStringAsFixed(2)); // expect: 1.00
  print(2.5.toStringAsFixed(0)); // expect: 3
  print((-1.5).toStringAsFixed(0)); // expect: -2
  print(0.000001.toStringAsFixed(3)); // expect: 0.000
  print((-0.001).toStringAsFixed(2)); // expect: -0.00
  print(1e20.toStringAsFixed(2)); // expect: 100000000000000000000.00
  print(1e21.toStringAsFixed(2)); // expect: 1e+21
  print(double.nan.toStringAsFixed(2)); // expect: NaN
  print(double.negativeInfinity.toStringAsFixed(1)); // expect: -Infinity
  print(5.toStringAsFixed(3)); // expect: 5.000
  print(0.1.toStringAsFixed(20)); // expect: 0.10000000000000000555
}
