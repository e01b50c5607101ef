// Checks jsonDecode's reviver: called for each element (index key), each property, then the
// whole result with a null key, innermost first.
import 'dart:convert';

void main() {
  var result = jsonDecode('{"a":[1,2],"b":3}', reviver: (key, value) {
    print("$key: $value");
    return value is int ? value * 10 : value;
  });
  // expect: 0: 1
  // expect: 1: 2
  // expect: a: [10, 20]
  // expect: b: 3
  // expect: null: {a: [10, 20], b: 30}
  print(result); // expect: {a: [10, 20], b: 30}
  var codec = JsonCodec.withReviver((k, v) => v is String ? v.toUpperCase() : v);
  print(codec.decode('["x", {"y": "z"}]')); // expect: [X, {y: Z}]
  print(JsonDecoder((k, v) => k == null ? "top" : v).convert("[1]")); // expect: top
}
