// Checks the compile error for reading a variable that is not declared anywhere.
void main() {
  var total = 1;
  print(totl); // expect error: Undefined name 'totl'.
  print(total);
}
