// Checks the negated type test `is!`.
void main() {
  Object x = 'hello';
  print(x is! int); // expect: true
  print(x is! String); // expect: false
  Object? y = null;
  print(y is! Object); // expect: true
  if (x is! num) {
    print('not a number'); // expect: not a number
  }
}
