// Checks the uncaught TypeError of a failed `as` cast.
void main() {
  Object o = 'a string';
  print('casting'); // expect: casting
  var n = o as int; // expect runtime error: type 'String' is not a subtype of type 'int' in type cast
  print(n);
}
