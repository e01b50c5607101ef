// Checks allowMalformed: U+FFFD for each bad byte or sequence, exactly where Dart puts them.
import 'dart:convert';

void main() {
  var s = utf8.decode([0x41, 0xFF, 0xC3, 0x41, 0xE0, 0x80, 0x42, 0xC3], allowMalformed: true);
  print(s.codeUnits); // expect: [65, 65533, 65533, 65, 65533, 65533, 66, 65533]
  var codec = Utf8Codec(allowMalformed: true);
  print(codec.decode([0x80, 0x80]).codeUnits); // expect: [65533, 65533]
  print(codec.decode([0xF0, 0x9F]).codeUnits); // expect: [65533]
  print(const Utf8Decoder(allowMalformed: true).convert([0xED, 0xA0, 0x80]).codeUnits); // expect: [65533, 65533, 65533]
  try {
    codec.decode([0x80], allowMalformed: false);
  } on FormatException catch (e) {
    print(e.message); // expect: Unexpected extension byte
  }
}
