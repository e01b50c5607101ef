// Checks the compile error for assigning to a final local variable.
void main() {
  final x = 1;
  x = 2; // expect error: Can't assign to the final variable 'x'.
  print(x);
}
