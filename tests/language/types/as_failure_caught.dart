// Checks that a failed `as` throws a TypeError with Dart's message, catchable by type.
void main() {
  Object o = 'text';
  try {
    print(o as int);
  } on TypeError catch (e) {
    print('caught TypeError'); // expect: caught TypeError
    print(e); // expect: type 'String' is not a subtype of type 'int' in type cast
  }
  print('done'); // expect: done
}
