// An asynchronous read does not block the isolate: code after the call runs first, and
// several operations may be in flight at once.
import 'dart:io';

Future<void> main() async {
  Directory dir = Directory.systemTemp.createTempSync("islet_io_");
  File a = File("${dir.path}/a.txt")..writeAsStringSync("A");
  File b = File("${dir.path}/b.txt")..writeAsStringSync("B");
  Future<String> fa = a.readAsString();
  Future<String> fb = b.readAsString();
  print("started");
  List<String> results = await Future.wait([fa, fb]);
  print(results);
  dir.deleteSync(recursive: true);
}
// expect: started
// expect: [A, B]
