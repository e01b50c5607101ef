// Checks JsonEncoder.withIndent: one element a line, ": " after keys, empty collections inline.
import 'dart:convert';

void main() {
  var encoder = const JsonEncoder.withIndent("  ");
  print(encoder.convert({"a": [1, {"b": 2}], "c": {}, "d": []}));
  // expect: {
  // expect:   "a": [
  // expect:     1,
  // expect:     {
  // expect:       "b": 2
  // expect:     }
  // expect:   ],
  // expect:   "c": {},
  // expect:   "d": []
  // expect: }
  print(JsonEncoder.withIndent("\t").convert([1])); // expect: [
  // expect: 	1
  // expect: ]
  print(JsonEncoder.withIndent(null).convert([1, 2])); // expect: [1,2]
  print(encoder.indent == "  "); // expect: true
}
