// With stdin at its end (the test runner gives no input), readLineSync returns null and
// readByteSync returns -1.
import 'dart:io';

void main() {
  print(stdin.readLineSync());
  print(stdin.readLineSync(retainNewlines: true));
  print(stdin.readByteSync());
}
// expect: null
// expect: null
// expect: -1
