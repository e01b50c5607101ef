// JsonUtf8Encoder: JSON text as UTF-8 bytes, with an optional indent and toEncodable, also as a
// stream transformer.
import 'dart:convert';

Future<void> main() async {
  print(JsonUtf8Encoder().convert({'é': 1}));
  // expect: [123, 34, 195, 169, 34, 58, 49, 125]
  print(utf8.decode(JsonUtf8Encoder('  ').convert([1, true])));
  // expect: [
  // expect:   1,
  // expect:   true
  // expect: ]
  print(utf8.decode(JsonUtf8Encoder(null, (o) => '$o').convert([Duration.zero])));
  // expect: ["0:00:00.000000"]
  final chunks = await Stream<Object?>.value({'a': null}).transform(JsonUtf8Encoder()).toList();
  print(chunks.map(utf8.decode).join());
  // expect: {"a":null}
}
