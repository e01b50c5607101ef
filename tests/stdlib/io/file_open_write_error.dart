// An IOSink whose file cannot be opened reports the error from close().
import 'dart:io';

Future<void> main() async {
  IOSink sink = File("/nonexistent_islet_dir/out.txt").openWrite();
  sink.write("data");
  try {
    await sink.close();
  } on FileSystemException catch (e) {
    print(e);
  }
  try {
    File("/tmp").openWrite(mode: FileMode.read);
  } on ArgumentError catch (e) {
    print(e);
  }
}
// expect: PathNotFoundException: Cannot open file, path = '/nonexistent_islet_dir/out.txt' (OS Error: No such file or directory, errno = 2)
// expect: Invalid argument(s): Invalid file mode for this operation
