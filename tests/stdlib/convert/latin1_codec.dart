// Checks latin1: bytes up to 255 both ways, allowInvalid, and the encoder's error.
import 'dart:convert';

void main() {
  print(latin1.encode("aé\u00ff")); // expect: [97, 233, 255]
  print(latin1.decode([233, 255]).codeUnits); // expect: [233, 255]
  print(latin1.name); // expect: iso-8859-1
  print(Latin1Codec(allowInvalid: true).decode([256]).codeUnits); // expect: [65533]
  try {
    latin1.decode([300]);
  } on FormatException catch (e) {
    print(e.message); // expect: Invalid value in input: 300
  }
  try {
    latin1.encode("€");
  } on ArgumentError catch (e) {
    print(e.message); // expect: Contains invalid characters.
  }
}
