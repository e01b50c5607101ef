// Duration ~/ 0 throws IntegerDivisionByZeroException.
void main() {
  print(Duration(seconds: 1) ~/ 0);
}
// expect runtime error: IntegerDivisionByZeroException
