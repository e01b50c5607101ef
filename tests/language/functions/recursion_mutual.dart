// Checks mutual recursion between top-level functions declared in either order.
bool isEven(int n) => n == 0 ? true : isOdd(n - 1);
bool isOdd(int n) => n == 0 ? false : isEven(n - 1);

int ackermann(int m, int n) {
  if (m == 0) return n + 1;
  if (n == 0) return ackermann(m - 1, 1);
  return ackermann(m - 1, ackermann(m, n - 1));
}

void main() {
  print(isEven(10)); // expect: true
  print(isOdd(7)); // expect: true
  print(isEven(7)); // expect: false
  print(ackermann(2, 3)); // expect: 9
}
