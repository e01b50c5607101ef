// An uncaught error from readAsBytesSync ends the script with Dart's report.
import 'dart:io';

void main() {
  File("/nonexistent_islet_dir/y.bin").readAsBytesSync();
}
// expect runtime error: PathNotFoundException: Cannot open file, path = '/nonexistent_islet_dir/y.bin' (OS Error: No such file or directory, errno = 2)
