// Checks base64 decoding: both alphabets, '=' and "%3D" padding, a Uint8List result.
import 'dart:convert';
import 'dart:typed_data';

void main() {
  print(base64Decode("aGVsbG8=")); // expect: [104, 101, 108, 108, 111]
  print(base64.decode("-_8=")); // expect: [251, 255]
  print(base64Url.decode("+/8=")); // expect: [251, 255]
  print(base64.decode("AA%3D%3D")); // expect: [0]
  print(base64.decode("AAEC")); // expect: [0, 1, 2]
  print(base64.decode("") is Uint8List); // expect: true
  print(utf8.decode(base64.decode(base64.encode(utf8.encode("ünï"))))); // expect: ünï
}
