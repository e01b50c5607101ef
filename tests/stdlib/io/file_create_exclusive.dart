// createSync(exclusive: true) on an existing file is a PathExistsException.
import 'dart:io';

void main() {
  Directory dir = Directory.systemTemp.createTempSync("islet_io_");
  File file = File("${dir.path}/once.txt");
  file.createSync(exclusive: true);
  try {
    file.createSync(exclusive: true);
  } on FileSystemException catch (e) {
    print(e is PathExistsException);
    print(e.toString().replaceAll(dir.path, "TMP"));
  }
  dir.deleteSync(recursive: true);
}
// expect: true
// expect: PathExistsException: Cannot create file, path = 'TMP/once.txt' (OS Error: File exists, errno = 17)
