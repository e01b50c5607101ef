// Checks the compile error for passing fewer positional arguments than required.
int add(int a, int b) => a + b;

void main() {
  print(add(1)); // expect error: Too few positional arguments: 2 required, 1 given.
}
