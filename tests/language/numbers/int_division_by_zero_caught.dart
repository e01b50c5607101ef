// Checks that ~/ 0 and % 0 on ints throw IntegerDivisionByZeroException, which can be caught.
void main() {
  try {
    print(5 ~/ 0);
  } catch (e) {
    print(e); // expect: IntegerDivisionByZeroException
  }
  try {
    print(5 % 0);
  } catch (e) {
    print(e); // expect: IntegerDivisionByZeroException
  }
  try {
    print(5.remainder(0));
  } catch (e) {
    print(e); // expect: IntegerDivisionByZeroException
  }
  print('still running'); // expect: still running
}
