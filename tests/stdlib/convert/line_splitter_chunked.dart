// LineSplitter on streams and in chunks: a line split between chunks is joined, "\r" at the end
// of one chunk and "\n" at the start of the next are one break, a final line without a
// terminator comes at the end, and errors of the source pass through in order. LineSplitter is
// a StreamTransformer, not a Converter.
import 'dart:async';
import 'dart:convert';

Future<List<String>> split(List<String> chunks) =>
    Stream<String>.fromIterable(chunks).transform(const LineSplitter()).toList();

Future<void> main() async {
  print(await split(["a\r", "\nb", "c\r\n", "", "d\n\n", "e"])); // expect: [a, bc, d, , e]
  print(await split(["ab", "cd", "", "ef\n", "g"])); // expect: [abcdef, g]
  print(await split(["x\r", "\r", "\n"])); // expect: [x, ]
  print(await split(["\n", "\r\n", "\r"])); // expect: [, , ]
  print(await split([])); // expect: []
  print(await const LineSplitter().bind(Stream.value("one\ntwo")).toList()); // expect: [one, two]

  // Errors of the source arrive where they were, between the lines around them.
  var controller = StreamController<String>();
  var events = <String>[];
  var done = Completer<void>();
  controller.stream.transform(const LineSplitter()).listen((String line) => events.add(line),
      onError: (Object e) => events.add("error: $e"), onDone: () => done.complete());
  controller.add("par");
  controller.addError("oops");
  controller.add("tial\r");
  controller.add("\nnext");
  controller.close();
  await done.future;
  print(events); // expect: [error: oops, partial, next]

  // The chunked sink: lines go to the sink as they end; isLast ends the last line at once.
  var lines = const LineSplitter()
      .startChunkedConversion(ChunkedConversionSink<String>.withCallback(print));
  lines.add("first\r");
  lines.add("\nsecond\nthi");
  lines.addSlice("<rd>", 1, 3, true); // expect: [first, second, third]

  // Through utf8.decoder: bytes split inside a character and between "\r" and "\n".
  print(await Stream<List<int>>.fromIterable([
    [0x61, 0xC3],
    [0xA9, 0x0D],
    [0x0A, 0x62]
  ]).transform(utf8.decoder).transform(const LineSplitter()).toList());
  // expect: [aé, b]

  print(const LineSplitter() is StreamTransformer<String, String>); // expect: true
  print((const LineSplitter() as Object) is Converter); // expect: false
}
