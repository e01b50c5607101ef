// writeAsStringSync then readAsStringSync, in a fresh temporary directory; toString and path.
import 'dart:io';

void main() {
  Directory dir = Directory.systemTemp.createTempSync("islet_io_");
  File file = File("${dir.path}/hello.txt");
  print(file.existsSync());
  file.writeAsStringSync("Hello, wörld ☃\nsecond line\n");
  print(file.existsSync());
  print(file.readAsStringSync());
  print(file.lengthSync());
  print(file.toString() == "File: '${dir.path}/hello.txt'");
  print(file.path.endsWith("/hello.txt"));
  dir.deleteSync(recursive: true);
  print(dir.existsSync());
}
// expect: false
// expect: true
// expect: Hello, wörld ☃
// expect: second line
// expect:
// expect: 30
// expect: true
// expect: true
// expect: false
