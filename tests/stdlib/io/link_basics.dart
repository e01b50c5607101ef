// Link: createSync, targetSync, existsSync, listing without following links, deleteSync.
import 'dart:io';

void main() {
  Directory dir = Directory.systemTemp.createTempSync("islet_io_");
  File target = File("${dir.path}/target.txt")..writeAsStringSync("through the link");
  Link link = Link("${dir.path}/link");
  link.createSync(target.path);
  print(link.existsSync());
  print(link.targetSync() == target.path);
  print(File(link.path).readAsStringSync());
  print(FileSystemEntity.isLinkSync(link.path));
  print(FileSystemEntity.typeSync(link.path));
  String show(FileSystemEntity e) => e.toString().replaceAll(dir.path, "TMP");
  print((dir.listSync(followLinks: false).map(show).toList()..sort()));
  print((dir.listSync().map(show).toList()..sort()));
  link.deleteSync();
  print(link.existsSync());
  print(target.existsSync());
  try {
    link.targetSync();
  } on FileSystemException catch (e) {
    print(e.toString().replaceAll(dir.path, "TMP"));
  }
  dir.deleteSync(recursive: true);
}
// expect: true
// expect: true
// expect: through the link
// expect: true
// expect: file
// expect: [File: 'TMP/target.txt', Link: 'TMP/link']
// expect: [File: 'TMP/link', File: 'TMP/target.txt']
// expect: false
// expect: true
// expect: PathNotFoundException: Cannot read link, path = 'TMP/link' (OS Error: No such file or directory, errno = 2)
