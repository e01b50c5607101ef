// A directory cannot be opened as a file: "Is a directory" (errno 21).
import 'dart:io';

void main() {
  Directory dir = Directory.systemTemp.createTempSync("islet_io_");
  try {
    File(dir.path).readAsStringSync();
  } on FileSystemException catch (e) {
    print(e.runtimeType == FileSystemException);
    print(e.toString().replaceAll(dir.path, "TMP"));
  }
  print(File(dir.path).existsSync());
  dir.deleteSync();
}
// expect: true
// expect: FileSystemException: Cannot open file, path = 'TMP' (OS Error: Is a directory, errno = 21)
// expect: false
