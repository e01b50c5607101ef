// Checks the shortest round-trip printing of inexact sums.
void main() {
  print(0.1 + 0.2); // expect: 0.30000000000000004
  print(0.1 + 0.2 == 0.3); // expect: false
  print(0.1 * 3); // expect: 0.30000000000000004
  print(0.5 + 0.25); // expect: 0.75
  print(1.1 + 2.2); // expect: 3.3000000000000003
  print(0.1); // expect: 0.1
}
