// Checks toInt (truncation, clamping to the int range) and toDouble.
void main() {
  print(3.9.toInt()); // expect: 3
  print((-3.9).toInt()); // expect: -3
  print(1e300.toInt()); // expect: 9223372036854775807
  print((-1e300).toInt()); // expect: -9223372036854775808
  print(3.toDouble()); // expect: 3.0
  print(9007199254740993.toDouble()); // expect: 9007199254740992.0
  print(7.toInt()); // expect: 7
  double.nan.toInt(); // expect runtime error: Unsupported operation: Infinity or NaN toInt
}
