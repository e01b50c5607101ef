// Utf8Decoder.startChunkedConversion: a sequence split between chunks decodes whole, a chunk that
// completes no character adds nothing, a BOM is dropped only at the start of the input (also when
// split), and with allowMalformed an unfinished sequence at close becomes U+FFFD.
import 'dart:convert';
import 'dart:typed_data';

// Decodes [chunks] one by one and prints the strings the decoder's output sink received.
void decodeChunks(List<List<int>> chunks, {bool allowMalformed = false}) {
  var output = ChunkedConversionSink<String>.withCallback((List<String> strings) {
    print(strings.map((s) => s.codeUnits).toList());
  });
  var input = Utf8Decoder(allowMalformed: allowMalformed).startChunkedConversion(output);
  for (var chunk in chunks) {
    input.add(chunk);
  }
  input.close();
}

void main() {
  // "a€😀" split inside the euro sign and the emoji.
  var collected = <String>[];
  var sink = utf8.decoder.startChunkedConversion(ChunkedConversionSink<String>.withCallback(
      (List<String> strings) => collected.addAll(strings)));
  sink.add([0x61, 0xE2]);
  sink.add([0x82]);
  sink.add([0xAC, 0xF0, 0x9F]);
  sink.add([0x98, 0x80]);
  sink.close();
  print(collected); // expect: [a, €, 😀]
  print(collected.join() == "a€😀"); // expect: true

  // A four-byte sequence one byte at a time: one string, at the last byte.
  decodeChunks([[0xF0], [0x9F], [0x98], [0x80]]); // expect: [[55357, 56832]]
  // Two-byte sequence in a Uint8List.
  decodeChunks([
    Uint8List.fromList([0x41, 0xC3]),
    Uint8List.fromList([0xA9])
  ]); // expect: [[65], [233]]

  // The BOM at the start is dropped, even split across chunks; later it is a character.
  decodeChunks([[0xEF], [0xBB, 0xBF, 0x41]]); // expect: [[65]]
  decodeChunks([[0xEF, 0xBB], [0xBF], [0x42]]); // expect: [[66]]
  decodeChunks([[0x41], [0xEF, 0xBB, 0xBF]]); // expect: [[65], [65279]]

  // allowMalformed: a sequence cut by a byte that starts another is U+FFFD, and so is one left
  // unfinished at close.
  decodeChunks([[0xE2, 0x82], [0x41]], allowMalformed: true); // expect: [[65533, 65]]
  decodeChunks([[0x61, 0xE2, 0x82]], allowMalformed: true); // expect: [[97], [65533]]
  decodeChunks([[0x61], [0xFF, 0x62]], allowMalformed: true); // expect: [[97], [65533, 98]]

  // addSlice decodes part of a list; isLast closes the sink.
  var slices = <String>[];
  var byteSink = utf8.decoder
      .startChunkedConversion(ChunkedConversionSink<String>.withCallback(slices.addAll));
  byteSink.addSlice([0x20, 0x61, 0xC3, 0x20], 1, 3, false);
  byteSink.addSlice([0xA9, 0x62], 0, 2, true);
  print(slices); // expect: [a, éb]

  // Into a StringConversionSink made with withCallback: the text arrives as one string.
  var whole = utf8.decoder.startChunkedConversion(
      StringConversionSink.withCallback((String text) => print("text: $text")));
  whole.add([0x68, 0xC3]);
  whole.add([0xA9]);
  whole.add([]);
  whole.add([0x21]);
  whole.close(); // expect: text: hé!
}
