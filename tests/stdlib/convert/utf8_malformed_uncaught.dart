// Checks that an uncaught malformed-UTF-8 error names the problem and the offset.
import 'dart:convert';

void main() {
  utf8.decode([0x61, 0xC0]); // expect runtime error: FormatException: Invalid UTF-8 byte (at offset 1)
}
