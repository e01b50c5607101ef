// Checks the printing of repeating fractions to 17 significant digits at most.
void main() {
  print(1 / 3); // expect: 0.3333333333333333
  print(2 / 3); // expect: 0.6666666666666666
  print(100 / 3); // expect: 33.333333333333336
  print(10 / 4); // expect: 2.5
  print(1 / 7); // expect: 0.14285714285714285
  print(22 / 7); // expect: 3.142857142857143
  print(3.14159); // expect: 3.14159
}
