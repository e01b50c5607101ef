// openWrite gives an IOSink: write, writeln, writeAll, writeCharCode and add are buffered and
// written in order; close() completes with the File.
import 'dart:io';

Future<void> main() async {
  Directory dir = Directory.systemTemp.createTempSync("islet_io_");
  File file = File("${dir.path}/sink.txt");
  IOSink sink = file.openWrite();
  sink.write("a");
  sink.writeln("b");
  sink.writeAll([1, 2, 3], "+");
  sink.writeCharCode(0x0A);
  sink.add([0x63, 0x0A]);
  await sink.flush();
  sink.write("end");
  Object? closed = await sink.close();
  print(identical(closed, file));
  print(file.readAsStringSync());
  IOSink appender = file.openWrite(mode: FileMode.append);
  appender.writeln("!");
  await appender.close();
  print(file.readAsLinesSync());
  try {
    appender.write("late");
  } on StateError catch (e) {
    print(e);
  }
  dir.deleteSync(recursive: true);
}
// expect: true
// expect: ab
// expect: 1+2+3
// expect: c
// expect: end
// expect: [ab, 1+2+3, c, end!]
// expect: Bad state: StreamSink is closed
