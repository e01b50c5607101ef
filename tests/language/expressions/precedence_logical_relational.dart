// Checks precedence of relational, equality, && and || operators.
void main() {
  print(1 < 2 == true); // expect: true
  print(1 + 1 == 2 && 3 > 2); // expect: true
  print(true || false && false); // expect: true
  print(false && true || true); // expect: true
  print(!true || true); // expect: true
  print(!(true || true)); // expect: false
  print(1 < 2 && 2 < 3 || 5 < 4); // expect: true
  print(2 >= 2 != false); // expect: true
}
