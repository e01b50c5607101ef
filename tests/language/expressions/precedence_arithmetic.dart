// Checks precedence and left associativity of the arithmetic operators.
void main() {
  print(2 + 3 * 4); // expect: 14
  print((2 + 3) * 4); // expect: 20
  print(10 - 2 - 3); // expect: 5
  print(100 ~/ 10 ~/ 3); // expect: 3
  print(2 * 3 ~/ 4); // expect: 1
  print(17 % 5 * 2); // expect: 4
  print(2 + 3 * 4 - 6 / 2); // expect: 11.0
  print(-2 * -3); // expect: 6
  print(1 - -1); // expect: 2
  print(2 * 3 % 4); // expect: 2
}
