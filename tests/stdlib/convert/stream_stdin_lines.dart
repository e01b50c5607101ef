// stdin through utf8.decoder and LineSplitter, the usual way to read lines as a stream. The test
// runner gives no input, so the stream is done without a line; piping text into the program
// prints its lines (a multi-byte character or "\r\n" split between reads included).
import 'dart:convert';
import 'dart:io';

Future<void> main() async {
  int count = 0;
  await for (String line in stdin.transform(utf8.decoder).transform(const LineSplitter())) {
    count++;
    print("$count: $line");
  }
  print("$count lines"); // expect: 0 lines
}
