// Checks toStringAsPrecision: fixed notation while it fits, exponent form otherwise.
void main() {
  print(1.0.toStringAsPrecision(3)); // expect: 1.00
  print(123456.0.toStringAsPrecision(2)); // expect: 1.2e+5
  print(0.000123.toStringAsPrecision(2)); // expect: 0.00012
  print(0.000001234.toStringAsPrecision(2)); // expect: 0.0000012
  print(0.0000001234.toStringAsPrecision(2)); // expect: 1.2e-7
  print(99.99.toStringAsPrecision(3)); // expect: 100
  print(100.0.toStringAsPrecision(1)); // expect: 1e+2
  print(1.23e100.toStringAsPrecision(5)); // expect: 1.2300e+100
  print(7.toStringAsPrecision(3)); // expect: 7.00
  print(double.nan.toStringAsPrecision(4)); // expect: NaN
}
