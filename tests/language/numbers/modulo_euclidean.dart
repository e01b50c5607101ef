// Checks that % is Euclidean: the result is never negative, whatever the signs.
void main() {
  print(7 % 3); // expect: 1
  print(-7 % 3); // expect: 2
  print(7 % -3); // expect: 1
  print(-7 % -3); // expect: 2
  print(-1 % 5); // expect: 4
  print(6 % 3); // expect: 0
  print(5.5 % 2); // expect: 1.5
  print(-5.5 % 2); // expect: 0.5
  print(-9223372036854775808 % 10); // expect: 2
}
