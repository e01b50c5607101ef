// Uri.file and toFilePath for POSIX paths.
void main() {
  var abs = Uri.file('/tmp/my file.txt');
  print(abs);
  print(abs.scheme);
  print(abs.path);
  print(abs.toFilePath());
  var rel = Uri.file('dir/a.dart');
  print(rel);
  print(rel.toFilePath());
  print(Uri.parse('file:///x/y').toFilePath());
  print(Uri.directory('/a/b'));
  print(Uri.file('/a/b').resolve('c.dart'));
}
// expect: file:///tmp/my%20file.txt
// expect: file
// expect: /tmp/my%20file.txt
// expect: /tmp/my file.txt
// expect: dir/a.dart
// expect: dir/a.dart
// expect: /x/y
// expect: file:///a/b/
// expect: file:///a/c.dart
