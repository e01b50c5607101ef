// createSync makes an empty file; recursive: true creates missing parents, without it a
// missing parent is a PathNotFoundException.
import 'dart:io';

void main() {
  Directory dir = Directory.systemTemp.createTempSync("islet_io_");
  File nested = File("${dir.path}/a/b/c.txt");
  try {
    nested.createSync();
  } on PathNotFoundException catch (e) {
    print(e.toString().replaceAll(dir.path, "TMP"));
  }
  nested.createSync(recursive: true);
  print(nested.existsSync());
  print(nested.lengthSync());
  print(Directory("${dir.path}/a/b").existsSync());
  nested.createSync();
  print(nested.existsSync());
  dir.deleteSync(recursive: true);
}
// expect: PathNotFoundException: Cannot create file, path = 'TMP/a/b/c.txt' (OS Error: No such file or directory, errno = 2)
// expect: true
// expect: 0
// expect: true
// expect: true
