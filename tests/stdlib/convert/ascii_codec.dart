// Checks ascii: encoding, decoding, allowInvalid and the error for an out-of-range byte.
import 'dart:convert';

void main() {
  print(ascii.encode("abc")); // expect: [97, 98, 99]
  print(ascii.decode([104, 105])); // expect: hi
  print(ascii.name); // expect: us-ascii
  try {
    ascii.decode([104, 200]);
  } on FormatException catch (e) {
    print(e); // expect: FormatException: Invalid value in input: 200
  }
  print(ascii.decode([104, 200], allowInvalid: true).codeUnits); // expect: [104, 65533]
  print(const AsciiCodec(allowInvalid: true).decode([255]).codeUnits); // expect: [65533]
  print(const AsciiDecoder().convert([65, 66, 67], 1)); // expect: BC
}
