// lengthSync of a missing file is a PathNotFoundException.
import 'dart:io';

void main() {
  try {
    File("/nonexistent_islet_dir/len").lengthSync();
  } on FileSystemException catch (e) {
    print(e);
  }
}
// expect: PathNotFoundException: Cannot retrieve length of file, path = '/nonexistent_islet_dir/len' (OS Error: No such file or directory, errno = 2)
