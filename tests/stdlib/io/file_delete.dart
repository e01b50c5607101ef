// deleteSync removes a file; a missing file or a directory cannot be deleted as a file.
import 'dart:io';

void main() {
  Directory dir = Directory.systemTemp.createTempSync("islet_io_");
  File file = File("${dir.path}/gone.txt")..writeAsStringSync("x");
  file.deleteSync();
  print(file.existsSync());
  try {
    file.deleteSync();
  } on FileSystemException catch (e) {
    print(e.toString().replaceAll(dir.path, "TMP"));
  }
  try {
    File(dir.path).deleteSync();
  } on FileSystemException catch (e) {
    print(e.toString().replaceAll(dir.path, "TMP"));
  }
  dir.deleteSync(recursive: true);
}
// expect: false
// expect: PathNotFoundException: Cannot delete file, path = 'TMP/gone.txt' (OS Error: No such file or directory, errno = 2)
// expect: FileSystemException: Cannot delete file, path = 'TMP' (OS Error: Is a directory, errno = 21)
