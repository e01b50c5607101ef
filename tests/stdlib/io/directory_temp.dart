// systemTemp is an existing directory; createTempSync and createTemp make fresh directories
// whose names start with the prefix.
import 'dart:io';

Future<void> main() async {
  Directory temp = Directory.systemTemp;
  print(temp.existsSync());
  print(temp.path.endsWith("/"));
  Directory a = temp.createTempSync("islet_prefix_");
  Directory b = await temp.createTemp("islet_prefix_");
  print(a.path != b.path);
  print(a.path.startsWith("${temp.path}/islet_prefix_"));
  print(b.path.substring(temp.path.length + 1).startsWith("islet_prefix_"));
  print([a.existsSync(), b.existsSync()]);
  a.deleteSync();
  await b.delete();
  print([a.existsSync(), b.existsSync()]);
  try {
    Directory("/nonexistent_islet_dir").createTempSync("x");
  } on FileSystemException catch (e) {
    print(e);
  }
}
// expect: true
// expect: false
// expect: true
// expect: true
// expect: true
// expect: [true, true]
// expect: [false, false]
// expect: PathNotFoundException: Creation of temporary directory failed, path = '/nonexistent_islet_dir/x' (OS Error: No such file or directory, errno = 2)
