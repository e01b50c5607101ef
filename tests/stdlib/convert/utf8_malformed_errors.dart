// Checks the FormatException of each kind of malformed UTF-8, with Dart's message and offset.
import 'dart:convert';

void check(List<int> bytes, [int start = 0]) {
  try {
    print(const Utf8Decoder().convert(bytes, start));
  } on FormatException catch (e) {
    print(e);
  }
}

void main() {
  check([0x41, 0xC3]); // expect: FormatException: Unfinished UTF-8 octet sequence (at offset 2)
  check([0x80]); // expect: FormatException: Unexpected extension byte (at offset 0)
  check([0xC3, 0x41]); // expect: FormatException: Missing extension byte (at offset 1)
  check([0x41, 0xFF]); // expect: FormatException: Invalid UTF-8 byte (at offset 1)
  check([0xE0, 0x80, 0x80]); // expect: FormatException: Overlong encoding (at offset 1)
  check([0xED, 0xA0, 0x80]); // expect: FormatException: Encoded surrogate (at offset 1)
  check([0xF4, 0x90, 0x80, 0x80]); // expect: FormatException: Out of unicode range (at offset 1)
  check([0x41, 0x41, 0x100]); // expect: FormatException: Invalid UTF-8 byte (at offset 2)
  check([0x41, 0x41, 0xC3, 0x41], 1); // expect: FormatException: Missing extension byte (at offset 3)
}
