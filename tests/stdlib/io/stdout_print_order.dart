// stdout.write and print share one stream: their output appears in program order.
import 'dart:io';

void main() {
  stdout.write("a");
  print("b");
  stdout.write("c");
  stdout.write("d\n");
  print("e");
}
// expect: ab
// expect: cd
// expect: e
