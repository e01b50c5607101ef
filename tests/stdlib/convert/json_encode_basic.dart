// Checks jsonEncode of maps, lists, strings, booleans and null (no spaces, insertion order).
import 'dart:convert';

void main() {
  print(jsonEncode({"a": 1, "b": [true, false, null], "c": "s"})); // expect: {"a":1,"b":[true,false,null],"c":"s"}
  print(jsonEncode([])); // expect: []
  print(jsonEncode({})); // expect: {}
  print(jsonEncode(null)); // expect: null
  print(jsonEncode("x")); // expect: "x"
  print(jsonEncode([[1], {"k": {}}])); // expect: [[1],{"k":{}}]
}
