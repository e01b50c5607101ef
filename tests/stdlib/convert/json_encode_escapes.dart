// Checks jsonEncode's string escapes: quote, backslash, control characters (short forms and
// \u00xx), lone surrogates; '/' and non-ASCII stay as they are.
import 'dart:convert';

void main() {
  print(jsonEncode('a"b\\c')); // expect: "a\"b\\c"
  print(jsonEncode("\n\t\r\b\f")); // expect: "\n\t\r\b\f"
  print(jsonEncode("\u0001\u001f")); // expect: "\u0001\u001f"
  print(jsonEncode("a/b")); // expect: "a/b"
  print(jsonEncode("é😀")); // expect: "é😀"
  print(jsonEncode("x\ud800y")); // expect: "x\ud800y"
  print(jsonEncode({"k\n": 1})); // expect: {"k\n":1}
}
