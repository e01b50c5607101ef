// stdout.add writes raw bytes (here UTF-8) in order with the other writes.
import 'dart:io';
import 'dart:convert';

void main() {
  stdout.add([104, 105, 10]);
  stdout.add(utf8.encode("héllo\n"));
  stdout.add(<int>[]);
  print("end");
}
// expect: hi
// expect: héllo
// expect: end
