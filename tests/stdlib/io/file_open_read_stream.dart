// openRead streams a file's bytes; start and end select a range; a missing file is an error
// event.
import 'dart:io';

Future<void> main() async {
  Directory dir = Directory.systemTemp.createTempSync("islet_io_");
  File file = File("${dir.path}/stream.txt")..writeAsStringSync("0123456789");
  List<int> all = <int>[];
  await for (List<int> chunk in file.openRead()) {
    all.addAll(chunk);
  }
  print(String.fromCharCodes(all));
  List<int> part = <int>[];
  await for (List<int> chunk in file.openRead(2, 5)) {
    part.addAll(chunk);
  }
  print(String.fromCharCodes(part));
  List<List<int>> chunks = await file.openRead(8).toList();
  print(chunks);
  try {
    await File("${dir.path}/missing").openRead().toList();
  } on FileSystemException catch (e) {
    print(e.toString().replaceAll(dir.path, "TMP"));
  }
  dir.deleteSync(recursive: true);
}
// expect: 0123456789
// expect: 234
// expect: [[56, 57]]
// expect: PathNotFoundException: Cannot open file, path = 'TMP/missing' (OS Error: No such file or directory, errno = 2)
