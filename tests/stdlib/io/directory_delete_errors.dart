// Deleting a non-empty directory without recursive, or a missing one, fails with "Deletion
// failed"; recursive deletion removes everything.
import 'dart:io';

void main() {
  Directory dir = Directory.systemTemp.createTempSync("islet_io_");
  Directory full = Directory("${dir.path}/full")..createSync();
  File("${full.path}/f").createSync();
  try {
    full.deleteSync();
  } on FileSystemException catch (e) {
    print(e.toString().replaceAll(dir.path, "TMP"));
  }
  full.deleteSync(recursive: true);
  print(full.existsSync());
  try {
    full.deleteSync();
  } on FileSystemException catch (e) {
    print(e.toString().replaceAll(dir.path, "TMP"));
  }
  Directory empty = Directory("${dir.path}/empty")..createSync();
  empty.deleteSync();
  print(empty.existsSync());
  dir.deleteSync(recursive: true);
  print(dir.existsSync());
}
// expect: FileSystemException: Deletion failed, path = 'TMP/full' (OS Error: Directory not empty, errno = 39)
// expect: false
// expect: PathNotFoundException: Deletion failed, path = 'TMP/full' (OS Error: No such file or directory, errno = 2)
// expect: false
// expect: false
