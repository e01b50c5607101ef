// FileSystemEntity.typeSync/type and the isFileSync/isDirectorySync shortcuts.
import 'dart:io';

Future<void> main() async {
  Directory dir = Directory.systemTemp.createTempSync("islet_io_");
  File file = File("${dir.path}/f")..createSync();
  print(FileSystemEntity.typeSync(file.path));
  print(FileSystemEntity.typeSync(dir.path));
  print(FileSystemEntity.typeSync("${dir.path}/missing"));
  print(await FileSystemEntity.type(file.path));
  print(FileSystemEntity.isFileSync(file.path));
  print(FileSystemEntity.isDirectorySync(file.path));
  print(FileSystemEntity.isDirectorySync(dir.path));
  print(await FileSystemEntity.isDirectory(dir.path));
  print(FileSystemEntityType.notFound == FileSystemEntity.typeSync("/nonexistent_islet_dir"));
  dir.deleteSync(recursive: true);
}
// expect: file
// expect: directory
// expect: notFound
// expect: file
// expect: true
// expect: false
// expect: true
// expect: true
// expect: true
