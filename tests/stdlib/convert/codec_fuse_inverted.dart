// Checks Codec.fuse, Codec.inverted and Converter.fuse.
import 'dart:convert';

void main() {
  var jsonUtf8 = json.fuse(utf8);
  var bytes = jsonUtf8.encode({"a": 1});
  print(bytes); // expect: [123, 34, 97, 34, 58, 49, 125]
  print(jsonUtf8.decode(bytes)); // expect: {a: 1}
  print(utf8.inverted.encode([104, 105])); // expect: hi
  print(utf8.inverted.decode("hi")); // expect: [104, 105]
  print(utf8.encoder.fuse(base64.encoder).convert("hi")); // expect: aGk=
  var all = utf8.fuse(base64);
  print(all.encode("ok")); // expect: b2s=
  print(all.decode("b2s=")); // expect: ok
}
