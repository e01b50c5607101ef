// Uri.parse and the Uri constructor remove dot segments from a path with a scheme, an
// authority or a leading slash; a relative path keeps its leading "..".
void main() {
  print(Uri.parse('http://x.com/a/b/../c')); // expect: http://x.com/a/c
  print(Uri.parse('http://x.com/a/b/../c?q=1').pathSegments); // expect: [a, c]
  print(Uri.parse('http://x.com/a/./b/')); // expect: http://x.com/a/b/
  print(Uri.parse('http://x.com/a/b/..')); // expect: http://x.com/a/
  print(Uri.parse('file:///tmp/../etc/x').toFilePath()); // expect: /etc/x
  print(Uri.parse('/a/../../b')); // expect: /b
  print(Uri.parse('../a/./b')); // expect: ../a/b
  print(Uri.parse('a/../..')); // expect: ../
  print(Uri(scheme: 'http', host: 'h', path: 'a/../b')); // expect: http://h/b
  print(Uri(path: './x/../y')); // expect: y
  final u = Uri.parse('http://a/b/c');
  print(identical(u.normalizePath(), u)); // expect: true
  print(Uri.parse('data:,a/../b').normalizePath()); // expect: data:/b
}
