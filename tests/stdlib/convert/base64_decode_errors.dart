// Checks the FormatExceptions of invalid base64: message and offset as Dart reports them.
import 'dart:convert';

void check(String source) {
  try {
    print(base64.decode(source));
  } on FormatException catch (e) {
    print("${e.message} @${e.offset}");
  }
}

void main() {
  check("AAA"); // expect: Invalid length, must be multiple of four @3
  check("A="); // expect: Invalid character @1
  check("AA="); // expect: Missing padding character @3
  check("AB=="); // expect: Invalid encoding before padding @2
  check("AA==A"); // expect: Invalid padding character @4
  check("A!AA"); // expect: Invalid character @1
  check("AA=A"); // expect: Invalid padding character @3
}
