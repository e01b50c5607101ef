// stdout.writeln, writeAll (with and without a separator) and writeCharCode.
import 'dart:io';

void main() {
  stdout.writeln("line");
  stdout.writeln();
  stdout.writeln(42);
  stdout.writeAll([1, 2, 3], ", ");
  stdout.writeln();
  stdout.writeAll(["x", "y"]);
  stdout.writeCharCode(0x21);
  stdout.writeCharCode(10);
  stdout.write(null);
  stdout.writeln(" é ☃");
}
// expect: line
// expect:
// expect: 42
// expect: 1, 2, 3
// expect: xy!
// expect: null é ☃
