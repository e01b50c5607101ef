// Every operation on a closed RandomAccessFile is "File closed"; reading a write-only file
// fails with the operation's message.
import 'dart:io';

Future<void> main() async {
  Directory dir = Directory.systemTemp.createTempSync("islet_io_");
  File file = File("${dir.path}/c.txt");
  RandomAccessFile raf = file.openSync(mode: FileMode.writeOnly);
  try {
    raf.readByteSync();
  } on FileSystemException catch (e) {
    print(e.toString().replaceAll(dir.path, "TMP"));
  }
  raf.closeSync();
  try {
    raf.writeStringSync("x");
  } on FileSystemException catch (e) {
    print(e.toString().replaceAll(dir.path, "TMP"));
  }
  try {
    raf.closeSync();
  } on FileSystemException catch (e) {
    print(e.message);
  }
  try {
    await raf.length();
  } on FileSystemException catch (e) {
    print(e.message);
  }
  dir.deleteSync(recursive: true);
}
// expect: FileSystemException: readByte failed, path = 'TMP/c.txt' (OS Error: Bad file descriptor, errno = 9)
// expect: FileSystemException: File closed, path = 'TMP/c.txt'
// expect: File closed
// expect: File closed
