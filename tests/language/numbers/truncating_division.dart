// Checks ~/ truncation toward zero for ints and doubles of every sign.
void main() {
  print(7 ~/ 2); // expect: 3
  print(-7 ~/ 2); // expect: -3
  print(7 ~/ -2); // expect: -3
  print(-7 ~/ -2); // expect: 3
  print(7.9 ~/ 2); // expect: 3
  print(-7.9 ~/ 2); // expect: -3
  print(10 ~/ 2.5); // expect: 4
  print((7 ~/ 2) is int); // expect: true
}
