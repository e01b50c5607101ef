// Checks that rounding NaN or an infinity to an int throws UnsupportedError.
void main() {
  print(double.infinity.roundToDouble()); // expect: Infinity
  try {
    double.nan.floor();
  } on UnsupportedError catch (e) {
    print(e); // expect: Unsupported operation: Infinity or NaN toInt
  }
  double.infinity.round(); // expect runtime error: Unsupported operation: Infinity or NaN toInt
}
