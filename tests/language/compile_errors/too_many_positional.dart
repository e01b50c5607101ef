// Checks the compile error for passing more positional arguments than declared.
int square(int x) => x * x;

void main() {
  print(square(2, 3)); // expect error: Too many positional arguments: 1 allowed, but 2 found.
}
