// The asynchronous File operations: writeAsString, readAsString, readAsLines, readAsBytes,
// length, exists, copy, rename and delete, completed from the worker threads.
import 'dart:io';

Future<void> main() async {
  Directory dir = await Directory.systemTemp.createTemp("islet_io_");
  File file = File("${dir.path}/async.txt");
  print(await file.exists());
  File written = await file.writeAsString("alpha\nbeta\n");
  print(identical(written, file));
  print(await file.readAsString());
  print(await file.readAsLines());
  print(await file.readAsBytes());
  print(await file.length());
  File copy = await file.copy("${dir.path}/copy.txt");
  File moved = await copy.rename("${dir.path}/moved.txt");
  print(await copy.exists());
  print(await moved.readAsString() == "alpha\nbeta\n");
  await file.writeAsBytes([65, 66], mode: FileMode.append, flush: true);
  print(await file.readAsString());
  await moved.delete();
  print(await moved.exists());
  await dir.delete(recursive: true);
  print(await dir.exists());
}
// expect: false
// expect: true
// expect: alpha
// expect: beta
// expect:
// expect: [alpha, beta]
// expect: [97, 108, 112, 104, 97, 10, 98, 101, 116, 97, 10]
// expect: 11
// expect: false
// expect: true
// expect: alpha
// expect: beta
// expect: AB
// expect: false
// expect: false
