// Checks that NaN cannot be encoded: an uncaught JsonUnsupportedObjectError.
import 'dart:convert';

void main() {
  print(jsonEncode(1.5)); // expect: 1.5
  jsonEncode([double.nan]); // expect runtime error: Converting object to an encodable object failed: NaN
}
