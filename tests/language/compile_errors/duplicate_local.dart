// Checks the compile error for declaring the same local twice in one scope.
void main() {
  var a = 1;
  var a = 2; // expect error: 'a' is already declared in this scope.
}
