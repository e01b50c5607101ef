// Platform.script is the file: URI of the script that holds main.
import 'dart:io';

void main() {
  print(Platform.script.scheme);
  print(Platform.script.toString().startsWith("file:///"));
  print(Platform.script.path.endsWith("/platform_script.dart"));
  print(Platform.script.toFilePath() == Platform.script.path);
}
// expect: file
// expect: true
// expect: true
// expect: true
