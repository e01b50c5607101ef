// Utf8Encoder in chunks: a surrogate pair split between two chunks is encoded as one four-byte
// sequence, a lead surrogate not followed by a tail is U+FFFD, every non-empty chunk gives one
// list of bytes (empty when it only holds a lead surrogate) per 1024 bytes, each ending with a
// character, and an empty chunk gives none.
import 'dart:async';
import 'dart:convert';

Future<void> main() async {
  Future<void> encode(List<String> chunks) async {
    print(await Stream<String>.fromIterable(chunks).transform(utf8.encoder).toList());
  }

  await encode(["a\uD83D", "\uDE00b"]); // expect: [[97], [240, 159, 152, 128, 98]]
  await encode(["\uD83D", "\uDE00"]); // expect: [[], [240, 159, 152, 128]]
  await encode(["x\uD800", "y"]); // expect: [[120], [239, 191, 189, 121]]
  await encode(["é", "", "€"]); // expect: [[195, 169], [226, 130, 172]]
  await encode(["\uDE00z"]); // expect: [[239, 191, 189, 122]]

  // The chunked sink into a byte callback: all the bytes at close.
  var sink = utf8.encoder.startChunkedConversion(
      ByteConversionSink.withCallback((List<int> bytes) => print("bytes $bytes")));
  sink.add("h\uD83D");
  sink.addSlice("--\uDE00i--", 2, 4, false);
  sink.close(); // expect: bytes [104, 240, 159, 152, 128, 105]

  print(await utf8.encoder.bind(Stream.value("ok")).toList()); // expect: [[111, 107]]
  var long = "x" * 1023 + "€" + "y" * 2000;
  var pieces = await Stream.value(long).transform(utf8.encoder).toList();
  print(pieces.map((List<int> piece) => piece.length).toList()); // expect: [1023, 1024, 979]
  print(utf8.decode(pieces.expand((List<int> piece) => piece).toList()) == long); // expect: true
  print((await Stream.value("a" * 1024).transform(utf8.encoder).toList()).length); // expect: 1
  // Encoded and decoded back in chunks of one character.
  var text = "añ€😀";
  var bytes = await Stream<String>.fromIterable(text.split(""))
      .transform(utf8.encoder)
      .expand((List<int> chunk) => chunk)
      .toList();
  print(bytes.length); // expect: 10
  print(utf8.decode(bytes) == text); // expect: true
}
