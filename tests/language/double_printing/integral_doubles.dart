// Checks that doubles with integral values print with a trailing .0.
void main() {
  print(100.0); // expect: 100.0
  print(5.0); // expect: 5.0
  print(-2.0); // expect: -2.0
  print(0.0); // expect: 0.0
  print(2.5 * 2); // expect: 5.0
  print(1e15); // expect: 1000000000000000.0
  print(123456789.0); // expect: 123456789.0
}
