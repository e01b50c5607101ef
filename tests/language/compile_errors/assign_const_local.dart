// Checks the compile error for assigning to a const local variable.
void main() {
  const limit = 10;
  limit = 20; // expect error: Can't assign to the const variable 'limit'.
  print(limit);
}
