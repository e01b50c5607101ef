// A recursive listing gives each directory before the entries inside it.
import 'dart:io';

void main() {
  Directory dir = Directory.systemTemp.createTempSync("islet_io_");
  Directory("${dir.path}/a/b").createSync(recursive: true);
  File("${dir.path}/a/b/f.txt").createSync();
  List<String> paths =
      dir.listSync(recursive: true).map((e) => e.path.substring(dir.path.length)).toList();
  print(paths);
  dir.deleteSync(recursive: true);
}
// expect: [/a, /a/b, /a/b/f.txt]
