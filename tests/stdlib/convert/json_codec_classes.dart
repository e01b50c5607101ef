// Checks JsonCodec, JsonEncoder and JsonDecoder used directly, and json's encoder/decoder.
import 'dart:convert';

void main() {
  print(json.encode([1, "a"])); // expect: [1,"a"]
  print(json.decode('{"k": [null]}')); // expect: {k: [null]}
  print(const JsonEncoder().convert({"x": 1.5})); // expect: {"x":1.5}
  print(const JsonDecoder().convert("[true]")); // expect: [true]
  print(json.encoder is JsonEncoder); // expect: true
  print(json.decoder is Converter); // expect: true
  var codec = JsonCodec(toEncodable: (o) => "custom");
  print(codec.encode([Object()])); // expect: ["custom"]
  print(json.encode(Object(), toEncodable: (o) => 7)); // expect: 7
}
