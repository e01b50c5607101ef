// Checks remainder (sign of the dividend) against % (never negative), for ints and doubles.
void main() {
  print(7.remainder(-3)); // expect: 1
  print((-7).remainder(3)); // expect: -1
  print((-7) % 3); // expect: 2
  print(7.5.remainder(2)); // expect: 1.5
  print((-7.5).remainder(2)); // expect: -1.5
  print(5.0.remainder(0)); // expect: NaN
  print(5.remainder(2.5)); // expect: 0.0
  5.remainder(0); // expect runtime error: IntegerDivisionByZeroException
}
