// parent, absolute, isAbsolute and FileSystemEntity.parentOf follow Dart's path rules.
import 'dart:io';

void main() {
  print(File("a/b/c.txt").parent.path);
  print(File("c.txt").parent.path);
  print(File("/c.txt").parent.path);
  print(File("/x/y/").parent.path);
  print(File("a//b").parent.path);
  print(Directory("/").parent.path);
  print(FileSystemEntity.parentOf("dir/sub/"));
  print(File("rel.txt").isAbsolute);
  print(File("/abs.txt").isAbsolute);
  File abs = File("rel.txt").absolute;
  print(abs.isAbsolute);
  print(abs.path == "${Directory.current.path}/rel.txt");
  print(File("/abs.txt").absolute.path);
  print(File("a/b").parent);
}
// expect: a/b
// expect: .
// expect: /
// expect: /x
// expect: a
// expect: /
// expect: dir
// expect: false
// expect: true
// expect: true
// expect: true
// expect: /abs.txt
// expect: Directory: 'a'
