// readIntoSync and readInto fill a range of a list and return how many bytes they read.
import 'dart:io';

Future<void> main() async {
  Directory dir = Directory.systemTemp.createTempSync("islet_io_");
  File file = File("${dir.path}/r.bin")..writeAsBytesSync([10, 20, 30, 40, 50]);
  RandomAccessFile raf = file.openSync();
  List<int> buffer = List<int>.filled(6, 0);
  print(raf.readIntoSync(buffer, 1, 4));
  print(buffer);
  print(await raf.readInto(buffer));
  print(buffer);
  print(raf.readIntoSync(buffer));
  raf.closeSync();
  dir.deleteSync(recursive: true);
}
// expect: 3
// expect: [0, 10, 20, 30, 0, 0]
// expect: 2
// expect: [40, 50, 20, 30, 0, 0]
// expect: 0
