// Malformed UTF-8 in a chunked decoding: the chunk with the error throws a FormatException with
// the non-chunked path's message, the chunk as source and the offending byte's index (even when
// the sequence began in an earlier chunk), its text is dropped, and decoding goes on with the
// next chunk; a sequence unfinished at close is "Unfinished UTF-8 octet sequence".
import 'dart:convert';
import 'dart:typed_data';

void addChunk(ByteConversionSink sink, List<int> chunk) {
  try {
    sink.add(chunk);
  } on FormatException catch (e) {
    print("${e.message} @${e.offset} in ${e.source}");
  }
}

void main() {
  var sink = utf8.decoder.startChunkedConversion(
      ChunkedConversionSink<String>.withCallback((List<String> strings) => print(strings)));
  addChunk(sink, [0x61]);
  addChunk(sink, [0x62, 0xFF]); // expect: Invalid UTF-8 byte @1 in [98, 255]
  addChunk(sink, [0x63, 0xE2]);
  addChunk(sink, [0x41]); // expect: Missing extension byte @0 in [65]
  addChunk(sink, [0x64, 0xE0]);
  addChunk(sink, Uint8List.fromList([0x80, 0x80])); // expect: Overlong encoding @0 in [128, 128]
  addChunk(sink, [0xED]);
  addChunk(sink, [0xA0, 0x80]); // expect: Encoded surrogate @0 in [160, 128]
  addChunk(sink, [0xF4]);
  addChunk(sink, [0x90, 0x80, 0x80]); // expect: Out of unicode range @0 in [144, 128, 128]
  addChunk(sink, [0x65, 0x80]); // expect: Unexpected extension byte @1 in [101, 128]
  addChunk(sink, [0x66]);
  sink.close(); // expect: [a, c, d, f]

  // Input that ends inside a sequence fails at close, before the output sink is closed.
  var unfinished = utf8.decoder.startChunkedConversion(
      ChunkedConversionSink<String>.withCallback((List<String> strings) => print("closed")));
  unfinished.add([0x61, 0xF0, 0x9F]);
  unfinished.add([0x98]);
  try {
    unfinished.close();
  } on FormatException catch (e) {
    print(e); // expect: FormatException: Unfinished UTF-8 octet sequence
    print("${e.source} ${e.offset}"); // expect: null null
  }
}
