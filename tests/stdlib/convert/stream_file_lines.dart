// Files as streams of text: File.openRead() through utf8.decoder and LineSplitter, with a
// character and a "\r\n" that straddle the 64 KiB blocks openRead reads, and text written with
// openWrite from strings through utf8.encoder (piped, or as the output of a chunked conversion).
import 'dart:convert';
import 'dart:io';

Future<void> main() async {
  Directory dir = Directory.systemTemp.createTempSync("islet_convert_");
  // "€" takes bytes 65535..65537, across the first block boundary; the "\r" of the next line's
  // "\r\n" is the last byte of the second block and its "\n" the first of the third.
  String first = "x" * 65535 + "€";
  String second = "y" * (2 * 65536 - 1 - (first.length + 2) - 1);
  File file = File("${dir.path}/lines.txt");
  file.writeAsStringSync("$first\n$second\r\nlast line é");
  List<int> bytes = file.readAsBytesSync();
  print(bytes.length); // expect: 131085
  print("${bytes[65535]} ${bytes[131071]} ${bytes[131072]}"); // expect: 226 13 10

  List<String> lines = await file
      .openRead()
      .transform(utf8.decoder)
      .transform(const LineSplitter())
      .toList();
  print(lines.length); // expect: 3
  print(lines[0] == first && lines[1] == second); // expect: true
  print(lines[2]); // expect: last line é

  // A stream of strings written through utf8.encoder into an IOSink.
  File written = File("${dir.path}/written.txt");
  await Stream<String>.fromIterable(["héllo ", "wörld", "\n", "\u{1F600}"])
      .transform(utf8.encoder)
      .pipe(written.openWrite());
  print(written.readAsStringSync()); // expect: héllo wörld
  // expect: 😀
  print(written.lengthSync()); // expect: 18

  // An IOSink is a Sink<List<int>>, so it can be the output of a chunked conversion.
  IOSink out = File("${dir.path}/chunked.txt").openWrite();
  var encoder = utf8.encoder.startChunkedConversion(out);
  encoder.add("pair \uD83D");
  encoder.add("\uDE00 split");
  encoder.close();
  await out.done;
  print(File("${dir.path}/chunked.txt").readAsStringSync()); // expect: pair 😀 split

  // Reading part of a file: a range that starts inside a character is malformed.
  try {
    await File("${dir.path}/lines.txt").openRead(65536, 65540).transform(utf8.decoder).join();
  } on FormatException catch (e) {
    print(e.message); // expect: Unexpected extension byte
  }
  dir.deleteSync(recursive: true);
}
