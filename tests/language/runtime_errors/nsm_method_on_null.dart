// Checks NoSuchMethodError for a method called through dynamic on null.
void main() {
  dynamic x;
  print('before'); // expect: before
  x.foo(); // expect runtime error: NoSuchMethodError: The method 'foo' was called on null.
}
