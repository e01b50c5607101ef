// The ascii and latin1 converters in chunks and on streams: one event per chunk, Dart's
// chunked-path errors (which differ from convert's), and with allowInvalid the valid runs and
// each U+FFFD as separate strings.
import 'dart:async';
import 'dart:convert';
import 'dart:typed_data';

Future<void> show<T>(Stream<T> stream) async {
  var events = <Object?>[];
  var done = Completer<void>();
  stream.listen((T event) => events.add(event is String ? event.codeUnits : event),
      onError: (Object e) => events.add("error: $e"), onDone: () => done.complete());
  await done.future;
  print(events);
}

Future<void> main() async {
  await show(Stream.fromIterable(["ab", "", "c"]).transform(ascii.encoder));
  // expect: [[97, 98], [], [99]]
  await show(Stream.fromIterable(["a", "é", "b"]).transform(ascii.encoder));
  // expect: [[97], error: Invalid argument(s): Source contains invalid character with code point: 233., [98]]
  await show(Stream.fromIterable(["é", "ÿ"]).transform(latin1.encoder));
  // expect: [[233], [255]]
  await show(Stream.fromIterable(["€"]).transform(latin1.encoder));
  // expect: [error: Invalid argument(s): Source contains invalid character with code point: 8364.]

  await show(Stream<List<int>>.fromIterable([
    [0x61],
    [],
    [0x62, 0x63]
  ]).transform(ascii.decoder));
  // expect: [[97], [], [98, 99]]
  await show(Stream<List<int>>.fromIterable([
    [0x61, 0x80],
    [0x62]
  ]).transform(ascii.decoder));
  // expect: [error: FormatException: Source contains non-ASCII bytes., [98]]
  await show(Stream<List<int>>.fromIterable([
    [0x41, 0xFF, 0x42],
    [0x80]
  ]).transform(const AsciiDecoder(allowInvalid: true)));
  // expect: [[65], [65533], [66], [65533]]

  await show(Stream<List<int>>.fromIterable([
    [0xE9],
    [],
    Uint8List.fromList([0xFF, 0x41])
  ]).transform(latin1.decoder));
  // expect: [[233], [255, 65]]
  await show(Stream<List<int>>.fromIterable([
    [0x41, 0x100]
  ]).transform(latin1.decoder));
  // expect: [error: FormatException: Source contains non-Latin-1 characters. (at offset 1)]
  await show(Stream<List<int>>.fromIterable([
    [0x41, 0x100, 0x42, -1]
  ]).transform(const Latin1Codec(allowInvalid: true).decoder));
  // expect: [[65], [65533], [66], [65533]]

  // The chunked sinks directly.
  var bytes = ascii.encoder.startChunkedConversion(
      ByteConversionSink.withCallback((List<int> all) => print("ascii bytes $all")));
  bytes.add("hi");
  bytes.addSlice("xyz", 1, 2, true); // expect: ascii bytes [104, 105, 121]
  var text = latin1.decoder.startChunkedConversion(
      StringConversionSink.withCallback((String all) => print("latin1 text $all")));
  text.add([0x63, 0x61, 0x66]);
  text.addSlice([0x20, 0xE9, 0x20], 1, 2, false);
  text.close(); // expect: latin1 text café
}
