// Directory.renameSync and rename move a directory with its contents.
import 'dart:io';

Future<void> main() async {
  Directory dir = Directory.systemTemp.createTempSync("islet_io_");
  Directory a = Directory("${dir.path}/a")..createSync();
  File("${a.path}/f.txt").writeAsStringSync("kept");
  Directory b = a.renameSync("${dir.path}/b");
  print([a.existsSync(), b.existsSync()]);
  print(File("${b.path}/f.txt").readAsStringSync());
  Directory c = await b.rename("${dir.path}/c");
  print([await b.exists(), await c.exists()]);
  print(c.toString() == "Directory: '${dir.path}/c'");
  dir.deleteSync(recursive: true);
}
// expect: [false, true]
// expect: kept
// expect: [false, true]
// expect: true
