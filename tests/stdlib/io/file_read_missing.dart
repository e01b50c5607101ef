// Reading a file that does not exist: PathNotFoundException with Dart's message.
import 'dart:io';

void main() {
  try {
    File("/nonexistent_islet_dir/x.txt").readAsStringSync();
  } on FileSystemException catch (e) {
    print(e);
    print(e is PathNotFoundException);
    print(e.message);
    print(e.path);
    print(e.osError);
    print(e.osError!.errorCode);
  }
}
// expect: PathNotFoundException: Cannot open file, path = '/nonexistent_islet_dir/x.txt' (OS Error: No such file or directory, errno = 2)
// expect: true
// expect: Cannot open file
// expect: /nonexistent_islet_dir/x.txt
// expect: OS Error: No such file or directory, errno = 2
// expect: 2
