// createSync without recursive needs the parent; a file in the way is PathExistsException;
// creating an existing directory again is fine.
import 'dart:io';

void main() {
  Directory dir = Directory.systemTemp.createTempSync("islet_io_");
  try {
    Directory("${dir.path}/no/such").createSync();
  } on FileSystemException catch (e) {
    print(e.toString().replaceAll(dir.path, "TMP"));
  }
  File("${dir.path}/file").createSync();
  try {
    Directory("${dir.path}/file").createSync();
  } on FileSystemException catch (e) {
    print(e.toString().replaceAll(dir.path, "TMP"));
  }
  Directory again = Directory("${dir.path}/again")..createSync();
  again.createSync();
  again.createSync(recursive: true);
  print(again.existsSync());
  print(Directory("${dir.path}/file").existsSync());
  dir.deleteSync(recursive: true);
}
// expect: PathNotFoundException: Creation failed, path = 'TMP/no/such' (OS Error: No such file or directory, errno = 2)
// expect: PathExistsException: Creation failed, path = 'TMP/file' (OS Error: File exists, errno = 17)
// expect: true
// expect: false
