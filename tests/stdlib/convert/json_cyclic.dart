// Checks that a list or map containing itself is a JsonCyclicError.
import 'dart:convert';

void main() {
  var list = [];
  list.add([list]);
  try {
    jsonEncode(list);
  } on JsonCyclicError catch (e) {
    print(e); // expect: Cyclic error in JSON stringify
    print(e is JsonUnsupportedObjectError); // expect: true
  }
  var map = {};
  map["self"] = map;
  try {
    jsonEncode(map);
  } catch (e) {
    print(e); // expect: Cyclic error in JSON stringify
  }
  var shared = [1];
  print(jsonEncode([shared, shared])); // expect: [[1],[1]]
}
