// Checks base64 and base64url encoding with padding.
import 'dart:convert';

void main() {
  print(base64Encode([])); // expect:
  print(base64Encode([0])); // expect: AA==
  print(base64Encode([0, 1])); // expect: AAE=
  print(base64Encode([0, 1, 2])); // expect: AAEC
  print(base64Encode([0xfb, 0xff])); // expect: +/8=
  print(base64UrlEncode([0xfb, 0xff])); // expect: -_8=
  print(base64.encode(utf8.encode("hello"))); // expect: aGVsbG8=
  print(base64Url.encode([0xfb, 0xef, 0xff])); // expect: --__
  print(const Base64Encoder.urlSafe().convert([62 << 2])); // expect: -A==
}
