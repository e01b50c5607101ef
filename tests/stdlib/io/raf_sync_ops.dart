// RandomAccessFile, synchronous forms: write, position, read, length, truncate, flush, close.
import "dart:convert";
import "dart:io";

void main() {
  Directory dir = Directory.systemTemp.createTempSync("islet_io_");
  RandomAccessFile raf = File("${dir.path}/raf.bin").openSync(mode: FileMode.write);
  raf.writeStringSync("hello");
  print(raf.writeByteSync(0x21));
  raf.writeFromSync([1, 2, 3, 4, 5], 1, 3);
  print(raf.positionSync());
  print(raf.lengthSync());
  raf.setPositionSync(1);
  print(raf.readByteSync());
  print(raf.readSync(3));
  print(raf.readSync(100));
  print(raf.readByteSync());
  raf.truncateSync(4);
  print(raf.lengthSync());
  raf.flushSync();
  raf.setPositionSync(0);
  print(utf8.decode(raf.readSync(10)));
  print(raf.toString().replaceAll(dir.path, "TMP"));
  raf.closeSync();
  dir.deleteSync(recursive: true);
}
// expect: 1
// expect: 8
// expect: 8
// expect: 101
// expect: [108, 108, 111]
// expect: [33, 2, 3]
// expect: -1
// expect: 4
// expect: hell
// expect: RandomAccessFile: 'TMP/raf.bin'
