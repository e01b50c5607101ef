// FileMode.write truncates, append and writeOnlyAppend add at the end, writeOnly truncates.
import 'dart:io';

void main() {
  Directory dir = Directory.systemTemp.createTempSync("islet_io_");
  File file = File("${dir.path}/modes.txt");
  file.writeAsStringSync("abc");
  file.writeAsStringSync("def", mode: FileMode.append);
  print(file.readAsStringSync());
  file.writeAsStringSync("g", mode: FileMode.writeOnlyAppend, flush: true);
  print(file.readAsStringSync());
  file.writeAsStringSync("xy", mode: FileMode.write);
  print(file.readAsStringSync());
  file.writeAsStringSync("z", mode: FileMode.writeOnly);
  print(file.readAsStringSync());
  dir.deleteSync(recursive: true);
}
// expect: abcdef
// expect: abcdefg
// expect: xy
// expect: z
