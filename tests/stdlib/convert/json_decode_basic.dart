// Checks jsonDecode of objects, arrays, strings with escapes, literals and whitespace.
import 'dart:convert';

void main() {
  var value = jsonDecode(' {"a": [1, 2.5, true, false, null], "b": {"c": "d"}} ');
  print(value); // expect: {a: [1, 2.5, true, false, null], b: {c: d}}
  print(value is Map); // expect: true
  print(value["a"] is List); // expect: true
  print(jsonDecode(r'"\u0041\n\t\"\\\/\u00e9"').codeUnits); // expect: [65, 10, 9, 34, 92, 47, 233]
  print(jsonDecode('"\\ud83d\\ude00"')); // expect: 😀
  print(jsonDecode("[]")); // expect: []
  print(jsonDecode("{}")); // expect: {}
  print(jsonDecode("null")); // expect: null
  var list = jsonDecode("[1]");
  list.add(2);
  print(list); // expect: [1, 2]
}
