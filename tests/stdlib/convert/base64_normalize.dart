// Checks base64.normalize: alphabet and escapes normalized, padding added or checked.
import 'dart:convert';

void main() {
  print(base64.normalize("-_8")); // expect: +/8=
  print(base64.normalize("AA%3D%3D")); // expect: AA==
  print(base64.normalize("aGVsbG8")); // expect: aGVsbG8=
  print(base64.normalize("aGVsbG8=")); // expect: aGVsbG8=
  try {
    base64.normalize("A");
  } on FormatException catch (e) {
    print("${e.message}@${e.offset}"); // expect: Invalid base64 encoding length @1
  }
  try {
    base64.normalize("A=AA");
  } on FormatException catch (e) {
    print("${e.message}@${e.offset}"); // expect: Invalid base64 padding, '=' not at the end@1
  }
  try {
    base64.normalize("AA!A");
  } on FormatException catch (e) {
    print("${e.message}@${e.offset}"); // expect: Invalid base64 data@2
  }
}
