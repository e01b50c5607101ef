// Directory.list is a Stream of entries; a missing directory gives an error event.
import 'dart:io';

Future<void> main() async {
  Directory dir = Directory.systemTemp.createTempSync("islet_io_");
  File("${dir.path}/x.txt").createSync();
  Directory("${dir.path}/y").createSync();
  List<String> names = <String>[];
  await for (FileSystemEntity e in dir.list()) {
    names.add(e.toString().replaceAll(dir.path, "TMP"));
  }
  names.sort();
  print(names);
  try {
    await Directory("${dir.path}/nope").list().toList();
  } on FileSystemException catch (e) {
    print(e is PathNotFoundException);
    print(e.message);
    print(e.osError!.errorCode);
  }
  dir.deleteSync(recursive: true);
}
// expect: [Directory: 'TMP/y', File: 'TMP/x.txt']
// expect: true
// expect: Directory listing failed
// expect: 2
