// Checks that a million-deep recursion throws a catchable StackOverflowError, then work goes on.
int depth(int n) => n == 0 ? 0 : 1 + depth(n - 1);

void main() {
  try {
    print(depth(1000000));
  } on StackOverflowError catch (e) {
    print('caught: $e'); // expect: caught: Stack Overflow
  }
  print(depth(10000)); // expect: 10000
}
