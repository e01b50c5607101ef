// listSync of a missing directory throws PathNotFoundException ("Directory listing failed").
import 'dart:io';

void main() {
  try {
    Directory("/nonexistent_islet_dir").listSync();
  } on FileSystemException catch (e) {
    print(e is PathNotFoundException);
    print(e.message);
    print(e.path!.startsWith("/nonexistent_islet_dir"));
    print(e.osError);
  }
}
// expect: true
// expect: Directory listing failed
// expect: true
// expect: OS Error: No such file or directory, errno = 2
