// Checks utf8.encode: 1- to 4-byte sequences, lone surrogates as U+FFFD, a Uint8List result.
import 'dart:convert';
import 'dart:typed_data';

void main() {
  print(utf8.encode("aé€😀")); // expect: [97, 195, 169, 226, 130, 172, 240, 159, 152, 128]
  print(utf8.encode("\ud800x")); // expect: [239, 191, 189, 120]
  print(utf8.encode("\udc00")); // expect: [239, 191, 189]
  print(utf8.encode("") is Uint8List); // expect: true
  print(utf8.encode("abc").length); // expect: 3
  print(const Utf8Encoder().convert("abcd", 1, 3)); // expect: [98, 99]
}
