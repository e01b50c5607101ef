// Writes to stderr never reach stdout; stdout goes on in order around them.
import 'dart:io';

void main() {
  print("one");
  stderr.write("to stderr ");
  stderr.writeln("again");
  stderr.writeAll([1, 2], "-");
  stderr.add([10]);
  print("two");
  print(stderr is IOSink);
}
// expect: one
// expect: two
// expect: true
