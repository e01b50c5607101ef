// The sinks of chunked conversion: Sink (dart:core, which EventSink implements),
// ChunkedConversionSink, ByteConversionSink and StringConversionSink with their withCallback,
// from and fromStringSink forms, addSlice, asUtf8Sink, asStringSink, and ClosableStringSink.
import 'dart:async';
import 'dart:convert';
import 'dart:typed_data';

// A Sink of the user's, which the converters accept as output.
class Collect implements Sink<String> {
  final List<String> items = <String>[];
  void add(String data) => items.add(data);
  void close() => print("collected $items");
}

// A StringConversionSink mixed in: add comes from the mixin.
class Shout with StringConversionSink {
  void addSlice(String chunk, int start, int end, bool isLast) {
    print(chunk.substring(start, end).toUpperCase());
    if (isLast) close();
  }

  void close() => print("shout closed");
}

void main() {
  print(StreamController<int>().sink is Sink<int>); // expect: true
  var chunks = ChunkedConversionSink<int>.withCallback((List<int> all) => print("ints $all"));
  chunks.add(1);
  chunks.add(2);
  chunks.close(); // expect: ints [1, 2]

  // Bytes: the callback gets one Uint8List; from() copies slices.
  var bytes = ByteConversionSink.withCallback((List<int> all) {
    print("bytes ${all.length} ${all.sublist(0, 6)} ${all.last} ${all is Uint8List}");
  });
  bytes.add([1, 2]);
  bytes.addSlice([0, 3, 4, 0], 1, 3, false);
  bytes.add(List<int>.filled(2000, 7));
  bytes.addSlice([5], 0, 1, true); // expect: bytes 2005 [1, 2, 3, 4, 7, 7] 5 true
  var received = <List<int>>[];
  var adapter = ByteConversionSink.from(
      ChunkedConversionSink<List<int>>.withCallback((List<List<int>> all) => received.addAll(all)));
  var reused = [9, 8, 7];
  adapter.addSlice(reused, 0, 2, false);
  reused[0] = 0;
  adapter.add([6]);
  adapter.close();
  print(received); // expect: [[9, 8], [6]]

  // Strings.
  var joined = StringConversionSink.withCallback((String all) => print("joined $all"));
  joined.add("ab");
  joined.addSlice("xcdx", 1, 3, false);
  joined.close(); // expect: joined abcd
  var collect = Collect();
  var from = StringConversionSink.from(collect);
  from.add("one");
  from.addSlice("(two)", 1, 4, true); // expect: collected [one, two]
  var buffer = StringBuffer();
  var toBuffer = StringConversionSink.fromStringSink(buffer);
  toBuffer.add("x");
  toBuffer.addSlice("-y-", 1, 2, false);
  toBuffer.close();
  print(buffer); // expect: xy

  // asUtf8Sink: bytes in, text out; a character may be split between chunks.
  var utf8Sink = StringConversionSink.withCallback((String all) => print("utf8 $all"))
      .asUtf8Sink(false);
  utf8Sink.add([0x63, 0xC3]);
  utf8Sink.addSlice([0x00, 0xA7, 0x61], 1, 3, false);
  utf8Sink.close(); // expect: utf8 cça
  var lenient = StringConversionSink.from(Collect()).asUtf8Sink(true);
  lenient.add([0x61, 0xE2, 0x82]);
  lenient.close(); // expect: collected [a, �]

  // asStringSink: writes become chunks; char codes and lines gather until the next write.
  var parts = <String>[];
  var stringSink = StringConversionSink.from(
          ChunkedConversionSink<String>.withCallback((List<String> all) => parts.addAll(all)))
      .asStringSink();
  stringSink.write("ab");
  stringSink.writeCharCode(0x63);
  stringSink.writeln("d");
  stringSink.writeAll([1, 2], ",");
  stringSink.close();
  print(parts.map((String p) => p.replaceAll("\n", "\\n")).toList()); // expect: [ab, cd\n, 1, ,, 2]
  var closable = ClosableStringSink.fromStringSink(buffer, () => print("closed with $buffer"));
  closable.write("z");
  closable.writeAll(["!", "?"]);
  closable.close(); // expect: closed with xyz!?

  var shout = Shout();
  shout.add("hey"); // expect: HEY
  shout.addSlice("a you a", 2, 5, true);
  // expect: YOU
  // expect: shout closed
  print(utf8.encoder.startChunkedConversion(ByteConversionSink.withCallback(print))
      is StringConversionSink); // expect: true
}
