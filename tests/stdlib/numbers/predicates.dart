// Checks isNaN, isFinite, isInfinite, isNegative, isEven and isOdd on ints and doubles.
void main() {
  print(double.nan.isNaN); // expect: true
  print(1.isNaN); // expect: false
  print(double.infinity.isFinite); // expect: false
  print(double.negativeInfinity.isInfinite); // expect: true
  print(2.0.isFinite); // expect: true
  print((-0.0).isNegative); // expect: true
  print(double.nan.isNegative); // expect: false
  print(0.isNegative); // expect: false
  print((-3).isNegative); // expect: true
  print(4.isEven); // expect: true
  print((-3).isOdd); // expect: true
  print(0.isOdd); // expect: false
}
