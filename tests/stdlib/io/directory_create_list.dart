// createSync(recursive: true), listSync (flat and recursive) with File and Directory entries
// printed as Dart prints them.
import 'dart:io';

void main() {
  Directory dir = Directory.systemTemp.createTempSync("islet_io_");
  Directory("${dir.path}/sub/deeper").createSync(recursive: true);
  File("${dir.path}/top.txt").writeAsStringSync("t");
  File("${dir.path}/sub/inner.txt").writeAsStringSync("i");
  String show(FileSystemEntity e) => e.toString().replaceAll(dir.path, "TMP");
  List<String> flat = dir.listSync().map(show).toList()..sort();
  print(flat);
  List<String> all = dir.listSync(recursive: true).map(show).toList()..sort();
  for (String s in all) {
    print(s);
  }
  print(dir.listSync().where((e) => e is File).length);
  print(dir.listSync().where((e) => e is Directory).length);
  print(Directory("${dir.path}/").listSync().map(show).toList().contains("File: 'TMP/top.txt'"));
  dir.deleteSync(recursive: true);
}
// expect: [Directory: 'TMP/sub', File: 'TMP/top.txt']
// expect: Directory: 'TMP/sub'
// expect: Directory: 'TMP/sub/deeper'
// expect: File: 'TMP/sub/inner.txt'
// expect: File: 'TMP/top.txt'
// expect: 1
// expect: 1
// expect: true
