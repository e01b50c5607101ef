// FileSystemEntity.uri: a file: URI of the path (relative for a relative path); a Directory's
// ends with '/'.
import 'dart:io';

void main() {
  print(File('/tmp/a b.txt').uri); // expect: file:///tmp/a%20b.txt
  print(File('rel/x.dart').uri); // expect: rel/x.dart
  print(Directory('/tmp/d').uri); // expect: file:///tmp/d/
  print(Directory('/tmp/d/').uri); // expect: file:///tmp/d/
  print(Directory('sub').uri); // expect: sub/
  print(Link('/tmp/l').uri); // expect: file:///tmp/l
  print(File('/tmp/x').uri.toFilePath()); // expect: /tmp/x
  print(Directory.systemTemp.uri.isScheme('file')); // expect: true
}
