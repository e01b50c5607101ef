// Checks that recursion 10000 calls deep works without any error.
int depth(int n) => n == 0 ? 0 : 1 + depth(n - 1);

int sumTo(int n) {
  if (n == 0) return 0;
  return n + sumTo(n - 1);
}

void main() {
  print(depth(10000)); // expect: 10000
  print(sumTo(10000)); // expect: 50005000
}
