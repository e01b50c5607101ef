// FileStat.statSync and stat: type, size and mode; a missing path gives type notFound.
import 'dart:io';

Future<void> main() async {
  Directory dir = Directory.systemTemp.createTempSync("islet_io_");
  File file = File("${dir.path}/s.txt")..writeAsStringSync("12345");
  FileStat stat = file.statSync();
  print(stat.type);
  print(stat.size);
  print(stat.modeString().length);
  FileStat missing = FileStat.statSync("${dir.path}/missing");
  print(missing.type);
  print(missing.size);
  print((await dir.stat()).type);
  dir.deleteSync(recursive: true);
}
// expect: file
// expect: 5
// expect: 9
// expect: notFound
// expect: -1
// expect: directory
