// Reference resolution: the abnormal examples of RFC 3986 section 5.4.2, and resolveUri.
void main() {
  var base = Uri.parse('http://a/b/c/d;p?q');
  var refs = ['../../../g', '../../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g',
      './../g', './g/.', 'g/./h', 'g/../h', 'g;x=1/./y', 'g;x=1/../y'];
  for (var r in refs) {
    print('$r -> ${base.resolve(r)}');
  }
  print(base.resolveUri(Uri.parse('x/y')));
}
// expect: ../../../g -> http://a/g
// expect: ../../../../g -> http://a/g
// expect: /./g -> http://a/g
// expect: /../g -> http://a/g
// expect: g. -> http://a/b/c/g.
// expect: .g -> http://a/b/c/.g
// expect: g.. -> http://a/b/c/g..
// expect: ..g -> http://a/b/c/..g
// expect: ./../g -> http://a/b/g
// expect: ./g/. -> http://a/b/c/g/
// expect: g/./h -> http://a/b/c/g/h
// expect: g/../h -> http://a/b/c/h
// expect: g;x=1/./y -> http://a/b/c/g;x=1/y
// expect: g;x=1/../y -> http://a/b/c/y
// expect: http://a/b/c/x/y
