// Checks the uncaught exception of ~/ by zero.
void main() {
  var zero = 0;
  print(10 ~/ 2); // expect: 5
  print(10 ~/ zero); // expect runtime error: IntegerDivisionByZeroException
}
