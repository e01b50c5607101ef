// renameSync moves a file, copySync duplicates it; copying a missing file fails.
import 'dart:io';

void main() {
  Directory dir = Directory.systemTemp.createTempSync("islet_io_");
  File a = File("${dir.path}/a.txt")..writeAsStringSync("content");
  File b = a.renameSync("${dir.path}/b.txt");
  print([a.existsSync(), b.existsSync(), b.readAsStringSync()]);
  File c = b.copySync("${dir.path}/c.txt");
  print([b.existsSync(), c.existsSync(), c.readAsStringSync()]);
  print(c.path == "${dir.path}/c.txt");
  try {
    a.copySync("${dir.path}/d.txt");
  } on FileSystemException catch (e) {
    print(e.toString().replaceAll(dir.path, "TMP"));
  }
  try {
    a.renameSync("${dir.path}/e.txt");
  } on FileSystemException catch (e) {
    print(e.toString().replaceAll(dir.path, "TMP"));
  }
  dir.deleteSync(recursive: true);
}
// expect: [false, true, content]
// expect: [true, true, content]
// expect: true
// expect: PathNotFoundException: Cannot copy file to 'TMP/d.txt', path = 'TMP/a.txt' (OS Error: No such file or directory, errno = 2)
// expect: PathNotFoundException: Cannot rename file to 'TMP/e.txt', path = 'TMP/a.txt' (OS Error: No such file or directory, errno = 2)
