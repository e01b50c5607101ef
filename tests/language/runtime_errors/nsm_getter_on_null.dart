// Checks NoSuchMethodError for a getter read through dynamic on null.
void main() {
  dynamic x;
  print(x.length); // expect runtime error: NoSuchMethodError: The getter 'length' was called on null.
}
