// Checks that a NoSuchMethodError from a dynamic call can be caught by type.
void main() {
  dynamic s = 'text';
  try {
    s.fly();
  } on NoSuchMethodError {
    print('caught NoSuchMethodError'); // expect: caught NoSuchMethodError
  }
  print(s.length); // expect: 4
}
