void main() {
  int fib(int n) => n < 2 ? n : fib(n - 1) + fib(n - 2);
  print(fib(10));
  var total = 0;
  void add(int x) {
    total += x;
  }
  add(3);
  print(total);
}
