// Checks that / on ints always gives a double, even when exact.
void main() {
  print(7 / 2); // expect: 3.5
  print(4 / 2); // expect: 2.0
  print((4 / 2) is double); // expect: true
  print(1 / 4); // expect: 0.25
  print(-9 / 3); // expect: -3.0
  print(0 / 5); // expect: 0.0
}
