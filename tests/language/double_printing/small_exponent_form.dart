// Checks that doubles below 1e-6 print in exponent form and 1e-6 itself does not.
void main() {
  print(0.000001); // expect: 0.000001
  print(0.0000015); // expect: 0.0000015
  print(1e-7); // expect: 1e-7
  print(1.5e-7); // expect: 1.5e-7
  print(-3e-10); // expect: -3e-10
  print(5e-324); // expect: 5e-324
  print(0.001); // expect: 0.001
}
