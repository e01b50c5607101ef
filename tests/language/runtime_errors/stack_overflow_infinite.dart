// Checks that unbounded recursion is a StackOverflowError that a catch-all clause also catches.
int forever(int n) => forever(n + 1) + 1;

void main() {
  try {
    forever(0);
  } catch (e) {
    print(e is StackOverflowError); // expect: true
  }
  print('recovered'); // expect: recovered
}
