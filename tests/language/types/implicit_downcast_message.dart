// Checks that an implicit downcast of a dynamic value fails with Dart's TypeError text, which
// (unlike an explicit `as`) does not end in "in type cast".
void main() {
  dynamic x = 'str';
  try {
    int y = x;
    print(y);
  } on TypeError catch (e) {
    print(e); // expect: type 'String' is not a subtype of type 'int'
  }
  try {
    print(x as int);
  } on TypeError catch (e) {
    print(e); // expect: type 'String' is not a subtype of type 'int' in type cast
  }
}
