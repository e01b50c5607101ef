// Checks Utf8Codec's name, encoder and decoder, Encoding.getByName and the rune constants.
import 'dart:convert';

void main() {
  print(utf8.name); // expect: utf-8
  print(utf8.encoder.convert("é")); // expect: [195, 169]
  print(utf8.decoder.convert([195, 169])); // expect: é
  print(identical(Encoding.getByName("UTF-8"), utf8)); // expect: true
  print(Encoding.getByName("latin1")?.name); // expect: iso-8859-1
  print(Encoding.getByName("US-ASCII")?.name); // expect: us-ascii
  print(Encoding.getByName("nope")); // expect: null
  print(utf8 is Encoding); // expect: true
  print(unicodeReplacementCharacterRune); // expect: 65533
  print(unicodeBomCharacterRune); // expect: 65279
}
