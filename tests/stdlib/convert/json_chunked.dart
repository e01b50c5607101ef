// JSON on streams and in chunks: the decoder takes the text in pieces (split anywhere) and adds
// the value at the end, with the reviver applied; the encoder adds one object's text; fused with
// utf8 they work on bytes split inside a character. Unfinished text is an error at the end.
import 'dart:async';
import 'dart:convert';

Future<void> main() async {
  print(await Stream<String>.fromIterable(['{"a": [1,', ' 2.5], "b', '": "x\\u00', 'e9"}'])
      .transform(json.decoder)
      .toList());
  // expect: [{a: [1, 2.5], b: xé}]
  print(await JsonDecoder((Object? key, Object? value) => value is int ? value * 10 : value)
      .bind(Stream<String>.fromIterable(["[1, ", "[2]]"]))
      .single);
  // expect: [10, [20]]
  print(await Stream<String>.fromIterable(["tr", "ue"]).transform(json.decoder).single);
  // expect: true

  print(await Stream<Object?>.value({
    "k": [1, "two", null]
  }).transform(json.encoder).join());
  // expect: {"k":[1,"two",null]}
  print(await Stream<Object?>.value([1, 2])
      .transform(const JsonEncoder.withIndent("  "))
      .join()
      .then((String text) => text.split("\n")));
  // expect: [[,   1,,   2, ]]

  // json.fuse(utf8): objects to bytes and bytes (split inside "é") back to objects.
  var codec = json.fuse(utf8);
  var bytes = await Stream<Object?>.value({"é": 1})
      .transform(codec.encoder)
      .fold<List<int>>(<int>[], (List<int> all, List<int> chunk) => all..addAll(chunk));
  print(bytes); // expect: [123, 34, 195, 169, 34, 58, 49, 125]
  print(await Stream<List<int>>.fromIterable([bytes.sublist(0, 3), bytes.sublist(3)])
      .transform(codec.decoder)
      .single);
  // expect: {é: 1}

  // The chunked sinks directly.
  var decoder = json.decoder.startChunkedConversion(
      ChunkedConversionSink<Object?>.withCallback((List<Object?> values) => print(values)));
  decoder.add('{"n"');
  decoder.addSlice('x: null}x', 1, 8, true); // expect: [{n: null}]
  var encoder = json.encoder.startChunkedConversion(
      StringConversionSink.withCallback((String text) => print("text $text")));
  encoder.add("quote\"d"); // expect: text "quote\"d"
  encoder.close();

  // Text that stops inside a value: the error comes when the stream ends, and no done event.
  var failed = Completer<void>();
  Stream<String>.fromIterable(['{"a":', ' [1']).transform(json.decoder).listen(print,
      onError: (Object e) {
    print(e is FormatException ? "FormatException: ${e.message}" : e);
    failed.complete();
  }, onDone: () => print("done"));
  await failed.future; // expect: FormatException: Unexpected end of input
}
