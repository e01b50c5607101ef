// exit() flushes what stdout holds and ends the process at once: nothing after it runs.
import 'dart:io';

void main() {
  stdout.write("partial line");
  print(" then print");
  stdout.write("no newline");
  Future(() => print("never"));
  exit(0);
}
// expect: partial line then print
// expect: no newline
