// fib: recursive Fibonacci. Measures call and return overhead, integer comparison and addition.
// Twin of fib.lua: both print the same line.

int fib(int n) {
  if (n < 2) return n;
  return fib(n - 1) + fib(n - 2);
}

void main() {
  const int n = 36;
  print('fib($n) = ${fib(n)}');
}
