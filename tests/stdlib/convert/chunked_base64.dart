// base64 in chunks and on streams: the encoder keeps up to two bytes between chunks and pads the
// last group at close; the decoder keeps a partial group (or the padding still expected, also
// "%3D" split between chunks) and checks at close that the text ended properly. Errors carry
// Dart's messages, the chunk as source and the offset in it (null and null at close).
import 'dart:async';
import 'dart:convert';

Future<void> show<T>(Stream<T> stream) async {
  var events = <Object?>[];
  var done = Completer<void>();
  stream.listen(events.add, onError: (Object e) {
    events.add(
        e is FormatException ? "error: ${e.message} @${e.offset} in ${e.source}" : "error: $e");
    if (e is FormatException && e.source == null) done.complete();
  }, onDone: () {
    events.add("done");
    done.complete();
  });
  await done.future;
  print(events);
}

Future<void> main() async {
  await show(Stream<List<int>>.fromIterable([
    [1, 2],
    [3, 4],
    [5]
  ]).transform(base64.encoder));
  // expect: [AQID, BAU=, done]
  await show(Stream<List<int>>.fromIterable([
    [1],
    [],
    [2]
  ]).transform(base64.encoder));
  // expect: [AQI=, done]
  await show(Stream<List<int>>.fromIterable([
    [0xFB],
    [0xFF, 0xBF]
  ]).transform(base64Url.encoder));
  // expect: [-_-_, done]
  await show(Stream<List<int>>.empty().transform(base64.encoder)); // expect: [done]
  await show(Stream<List<int>>.fromIterable([
    [1, 256],
    [7]
  ]).transform(base64.encoder));
  // expect: [error: Invalid argument (Not a byte value at index 1: 0x100): Instance(length:2) of '_GrowableList', Bw==, done]

  await show(Stream<String>.fromIterable(["AQ", "IDBA", "", "U="]).transform(base64.decoder));
  // expect: [[1, 2, 3], [4, 5], done]
  await show(Stream<String>.fromIterable(["QQ=", "="]).transform(base64.decoder));
  // expect: [[65], done]
  await show(Stream<String>.fromIterable(["QQ%", "3D%3", "d"]).transform(base64.decoder));
  // expect: [[65], done]
  await show(Stream<String>.fromIterable(["-_", "-_"]).transform(base64.decoder));
  // expect: [[251, 255, 191], done]

  await show(Stream<String>.fromIterable(["QUJD", "AB*D"]).transform(base64.decoder));
  // expect: [[65, 66, 67], error: Invalid character @2 in AB*D, done]
  // The chunk with the error is not consumed, so the input then ends inside a group.
  await show(Stream<String>.fromIterable(["QR", "=="]).transform(base64.decoder));
  // expect: [error: Invalid encoding before padding @0 in ==, error: Invalid length, must be multiple of four @null in null]
  await show(Stream<String>.fromIterable(["QUI=", "QQ=="]).transform(base64.decoder));
  // expect: [[65, 66], error: Invalid padding character @0 in QQ==, done]
  await show(Stream<String>.fromIterable(["QUJ", "DQQ"]).transform(base64.decoder));
  // expect: [[65, 66, 67], error: Invalid length, must be multiple of four @null in null]
  await show(Stream<String>.fromIterable(["QQ="]).transform(base64.decoder));
  // expect: [[65], error: Missing padding character @null in null]

  // The chunked sinks directly: slices, and isLast checking the end at once.
  var encoded = base64.encoder.startChunkedConversion(
      ChunkedConversionSink<String>.withCallback((List<String> text) => print("encoded $text")));
  encoded.addSlice([9, 104, 105, 9], 1, 3, false);
  encoded.add([33, 63]);
  encoded.close(); // expect: encoded [aGkh, Pw==]
  var decoded = base64.decoder.startChunkedConversion(
      ByteConversionSink.withCallback((List<int> bytes) => print("decoded $bytes")));
  decoded.add("aG");
  decoded.addSlice("(kh)", 1, 3, true); // expect: decoded [104, 105, 33]
  var short = base64.decoder
      .startChunkedConversion(ByteConversionSink.withCallback((List<int> bytes) => print(bytes)));
  try {
    short.addSlice("aGk", 0, 3, true);
  } on FormatException catch (e) {
    print("${e.message} @${e.offset} in ${e.source}");
    // expect: Invalid length, must be multiple of four @3 in aGk
  }
}
