// Converter as a StreamTransformer: bind runs startChunkedConversion once per listener; a
// converter without chunked conversion makes listen (not bind) throw Dart's UnsupportedError;
// fused converters convert in chunks through both; codecs' encoders and decoders work as
// transformers, Encoding.decodeStream decodes a byte stream, and cast checks the output.
import 'dart:async';
import 'dart:convert';

// Upper-cases text; its chunked sink counts the chunks it saw.
class Upper extends Converter<String, String> {
  const Upper();

  String convert(String input) => input.toUpperCase();

  StringConversionSink startChunkedConversion(Sink<String> sink) => _UpperSink(sink);
}

class _UpperSink extends StringConversionSink {
  final Sink<String> _out;
  int _chunks = 0;

  _UpperSink(this._out);

  void addSlice(String chunk, int start, int end, bool isLast) {
    _chunks++;
    _out.add(chunk.substring(start, end).toUpperCase());
    if (isLast) close();
  }

  void close() {
    _out.add("($_chunks chunks)");
    _out.close();
  }
}

// A converter with no chunked conversion.
class Reverse extends Converter<String, String> {
  const Reverse();

  String convert(String input) => input.split("").reversed.join();

  String toString() => "Reverse";
}

Future<void> main() async {
  print(await Stream.fromIterable(["ab", "c"]).transform(const Upper()).toList());
  // expect: [AB, C, (2 chunks)]
  var bound = const Upper().bind(Stream.fromIterable(["x"]).asBroadcastStream());
  print(await bound.toList()); // expect: [X, (1 chunks)]

  // Fused: bytes to text to upper case, in chunks, with a character split between chunks.
  var fused = utf8.decoder.fuse(const Upper());
  print(await Stream<List<int>>.fromIterable([
    [0x61, 0xC3],
    [0xA9]
  ]).transform(fused).toList());
  // expect: [A, É, (2 chunks)]
  print(fused.convert([0x6F, 0x6B])); // expect: OK
  var sink = fused.startChunkedConversion(
      ChunkedConversionSink<String>.withCallback((List<String> out) => print(out)));
  sink.add([0x68, 0x69]);
  sink.close(); // expect: [HI, (1 chunks)]

  // No chunked conversion: startChunkedConversion throws, and so does listening to the bound
  // stream (bind itself does not).
  try {
    const Reverse().startChunkedConversion(StringConversionSink.withCallback(print));
  } on UnsupportedError catch (e) {
    print(e); // expect: Unsupported operation: This converter does not support chunked conversions: Reverse
  }
  Stream<String> reversed = Stream.fromIterable(["abc"]).transform(const Reverse());
  print("bound"); // expect: bound
  try {
    await reversed.toList();
  } on UnsupportedError catch (e) {
    print(e.message); // expect: This converter does not support chunked conversions: Reverse
  }
  print(const Reverse().convert("abc")); // expect: cba
  print(const Reverse().fuse(const Upper()).convert("abc")); // expect: CBA

  // Codecs' converters as transformers, and a round trip through two fused encoders.
  var encoded = await Stream.fromIterable(["hé", "llo"])
      .transform(utf8.encoder.fuse(base64.encoder))
      .join();
  print(encoded); // expect: aMOpbGxv
  print(await Stream.value(encoded).transform(base64.decoder).transform(utf8.decoder).join());
  // expect: héllo
  print(await latin1.decodeStream(Stream<List<int>>.fromIterable([
    [0x63, 0x61],
    [0x66, 0xE9]
  ])));
  // expect: café
  print(await utf8.decodeStream(Stream<List<int>>.fromIterable([
    [0xE2],
    [0x82, 0xAC]
  ])));
  // expect: €
  // cast: the output is checked against the new type, in convert and in bind; like Dart's cast
  // converter it has no chunked conversion.
  var cast = utf8.decoder.cast<List<int>, String>();
  print(await cast.bind(Stream.value([0x6F, 0x6B])).single); // expect: ok
  print(cast.convert([0x68, 0x69])); // expect: hi
  var toInt = json.decoder.cast<String, int>();
  print(toInt.convert("42")); // expect: 42
  try {
    toInt.convert('"text"');
  } on TypeError catch (e) {
    print(e); // expect: type 'String' is not a subtype of type 'int' in type cast
  }
  try {
    await toInt.bind(Stream.value("true")).single;
  } on TypeError catch (e) {
    print(e); // expect: type 'bool' is not a subtype of type 'int' in type cast
  }
  try {
    cast.startChunkedConversion(StringConversionSink.withCallback(print));
  } on UnsupportedError catch (e) {
    print(e.message!.startsWith("This converter does not support chunked conversions"));
    // expect: true
  }
  print(utf8.decoder is StreamTransformer<List<int>, String>); // expect: true
}
