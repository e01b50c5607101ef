// Checks the uncaught exception of % by zero on ints.
void main() {
  var zero = 0;
  print(10 % zero); // expect runtime error: IntegerDivisionByZeroException
}
