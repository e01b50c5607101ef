// Checks remainder(), which keeps the sign of the dividend, unlike %.
void main() {
  print(7.remainder(3)); // expect: 1
  print((-7).remainder(3)); // expect: -1
  print(7.remainder(-3)); // expect: 1
  print(-7.remainder(3)); // expect: -1
  print(5.5.remainder(2)); // expect: 1.5
  print((-5.5).remainder(2)); // expect: -1.5
}
