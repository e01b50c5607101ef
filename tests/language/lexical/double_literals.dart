// Checks the forms of double literals: fraction, leading dot, exponents.
void main() {
  print(1.5); // expect: 1.5
  print(.5); // expect: 0.5
  print(0.0); // expect: 0.0
  print(2e3); // expect: 2000.0
  print(1.5E2); // expect: 150.0
  print(1e-7); // expect: 1e-7
  print(25e-1); // expect: 2.5
  print(1e+2); // expect: 100.0
  print(3.14159); // expect: 3.14159
  print(1e0 is double); // expect: true
}
