// Failed asynchronous operations complete their futures with Dart's exceptions.
import 'dart:io';

Future<void> main() async {
  try {
    await File("/nonexistent_islet_dir/a.txt").readAsString();
  } on FileSystemException catch (e) {
    print(e);
  }
  try {
    await File("/nonexistent_islet_dir/a.txt").length();
  } on PathNotFoundException catch (e) {
    print(e.message);
  }
  try {
    await File("/nonexistent_islet_dir/a.txt").writeAsString("x");
  } on PathNotFoundException catch (e) {
    print(e.message);
  }
  await File("/nonexistent_islet_dir/b.txt").delete().catchError((Object e) {
    print(e);
    return File("unused");
  });
  print("end");
}
// expect: PathNotFoundException: Cannot open file, path = '/nonexistent_islet_dir/a.txt' (OS Error: No such file or directory, errno = 2)
// expect: Cannot retrieve length of file
// expect: Cannot open file
// expect: PathNotFoundException: Cannot delete file, path = '/nonexistent_islet_dir/b.txt' (OS Error: No such file or directory, errno = 2)
// expect: end
