// Checks direct recursion: factorial (fits in 64 bits up to 20!) and Fibonacci.
int factorial(int n) => n <= 1 ? 1 : n * factorial(n - 1);

int fib(int n) {
  if (n < 2) return n;
  return fib(n - 1) + fib(n - 2);
}

void main() {
  print(factorial(0)); // expect: 1
  print(factorial(10)); // expect: 3628800
  print(factorial(20)); // expect: 2432902008176640000
  print(fib(20)); // expect: 6765
  print([for (var i = 0; i < 10; i++) fib(i)]); // expect: [0, 1, 1, 2, 3, 5, 8, 13, 21, 34]
}
