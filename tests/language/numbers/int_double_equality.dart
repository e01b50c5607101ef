// Checks that ints and doubles with the same value are ==, and comparisons across types.
void main() {
  print(1 == 1.0); // expect: true
  print(1.0 == 1); // expect: true
  print(2 == 2.5); // expect: false
  print(1 < 1.5); // expect: true
  print(3.0 >= 3); // expect: true
  print(0.0 == -0.0); // expect: true
  var values = [1, 2.0, 3];
  print(values.contains(2)); // expect: true
  print(values.indexOf(3.0)); // expect: 2
  print(double.nan == double.nan); // expect: false
}
