// readAsLinesSync splits at \n, \r\n and \r; a final line without a terminator is kept.
import 'dart:io';

void main() {
  Directory dir = Directory.systemTemp.createTempSync("islet_io_");
  File file = File("${dir.path}/lines.txt");
  file.writeAsStringSync("one\r\ntwo\nthree\rfour");
  print(file.readAsLinesSync());
  file.writeAsStringSync("");
  print(file.readAsLinesSync());
  print(file.readAsStringSync().isEmpty);
  dir.deleteSync(recursive: true);
}
// expect: [one, two, three, four]
// expect: []
// expect: true
