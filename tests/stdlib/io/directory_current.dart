// Directory.current reads and changes the working directory; relative paths follow it.
import 'dart:io';

void main() {
  Directory start = Directory.current;
  print(start.isAbsolute);
  Directory dir = Directory.systemTemp.createTempSync("islet_io_");
  Directory.current = dir;
  File("rel.txt").writeAsStringSync("here");
  print(File("${dir.path}/rel.txt").readAsStringSync());
  print(Directory.current.path == dir.resolveSymbolicLinksSync());
  Directory.current = start.path;
  print(Directory.current.path == start.path);
  try {
    Directory.current = "/nonexistent_islet_dir";
  } on FileSystemException catch (e) {
    print(e);
  }
  dir.deleteSync(recursive: true);
}
// expect: true
// expect: here
// expect: true
// expect: true
// expect: PathNotFoundException: Setting current working directory failed, path = '/nonexistent_islet_dir' (OS Error: No such file or directory, errno = 2)
