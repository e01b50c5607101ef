// exitCode starts at 0 and keeps the value last set.
import 'dart:io';

void main() {
  print(exitCode);
  exitCode = 3;
  print(exitCode);
  exitCode = 0;
  print(exitCode);
}
// expect: 0
// expect: 3
// expect: 0
