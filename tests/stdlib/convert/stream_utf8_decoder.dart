// utf8.decoder as a StreamTransformer: each chunk's text is one event (none when a chunk only
// starts a sequence), bind and transform agree, errors of the source pass through, a malformed
// chunk is an error event and decoding goes on, and a stream ending inside a sequence gets an
// error event and no done event (the converter throws while closing), as in Dart.
import 'dart:async';
import 'dart:convert';

Future<void> main() async {
  var chunks = <List<int>>[
    [0x68, 0xC3],
    [0xA9],
    [0xE2, 0x82],
    [0xAC, 0x21]
  ];
  print(await Stream<List<int>>.fromIterable(chunks).transform(utf8.decoder).toList());
  // expect: [h, é, €!]
  print(await utf8.decoder.bind(Stream<List<int>>.fromIterable(chunks)).join("|"));
  // expect: h|é|€!
  print(await const Utf8Codec(allowMalformed: true)
      .decoder
      .bind(Stream<List<int>>.fromIterable([
        [0x61, 0xE2],
        [0x62]
      ]))
      .map((s) => s.codeUnits)
      .toList());
  // expect: [[97], [65533, 98]]

  // A malformed chunk, then a stream that ends inside a sequence.
  var done = Completer<void>();
  Stream<List<int>>.fromIterable([
    [0x61],
    [0xFF, 0x62],
    [0x63],
    [0xE2, 0x82]
  ]).transform(utf8.decoder).listen((String s) => print("data $s"), onError: (Object e) {
    print("error $e");
    if (e.toString().contains("Unfinished")) done.complete();
  }, onDone: () => print("done"));
  await done.future;
  // expect: data a
  // expect: error FormatException: Invalid UTF-8 byte (at offset 0)
  // expect: data c
  // expect: error FormatException: Unfinished UTF-8 octet sequence

  // An error of the source is delivered between the text around it.
  var controller = StreamController<List<int>>();
  var events = <String>[];
  var finished = Completer<void>();
  controller.stream.transform(utf8.decoder).listen((String s) => events.add("data $s"),
      onError: (Object e) => events.add("error $e"), onDone: () => finished.complete());
  controller.add([0xC3]);
  controller.addError(StateError("source failed"));
  controller.add([0xA9]);
  controller.close();
  await finished.future;
  print(events); // expect: [error Bad state: source failed, data é]

  // cancelOnError stops at the first error and cancels the source.
  var source = StreamController<List<int>>(onCancel: () => print("source cancelled"));
  var stopped = Completer<void>();
  source.stream.transform(utf8.decoder).listen((String s) => print("got $s"),
      onError: (Object e) {
    print("stopped by $e");
    stopped.complete();
  }, cancelOnError: true);
  source.add([0x41]);
  source.add([0xC0]);
  source.add([0x42]);
  await stopped.future;
  // expect: got A
  // expect: source cancelled
  // expect: stopped by FormatException: Invalid UTF-8 byte (at offset 0)
}
