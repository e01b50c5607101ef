// Checks the compile error for calling a function that does not exist.
void main() {
  var n = 3;
  print(doubleIt(n)); // expect error: Method not found: 'doubleIt'.
}
