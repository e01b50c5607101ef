// Reference resolution: the normal examples of RFC 3986 section 5.4.1.
void main() {
  var base = Uri.parse('http://a/b/c/d;p?q');
  var refs = ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x',
      'g;x', 'g;x?y#s', '', '.', './', '..', '../', '../g', '../..', '../../', '../../g'];
  for (var r in refs) {
    print('$r -> ${base.resolve(r)}');
  }
}
// expect: g:h -> g:h
// expect: g -> http://a/b/c/g
// expect: ./g -> http://a/b/c/g
// expect: g/ -> http://a/b/c/g/
// expect: /g -> http://a/g
// expect: //g -> http://g
// expect: ?y -> http://a/b/c/d;p?y
// expect: g?y -> http://a/b/c/g?y
// expect: #s -> http://a/b/c/d;p?q#s
// expect: g#s -> http://a/b/c/g#s
// expect: g?y#s -> http://a/b/c/g?y#s
// expect: ;x -> http://a/b/c/;x
// expect: g;x -> http://a/b/c/g;x
// expect: g;x?y#s -> http://a/b/c/g;x?y#s
// expect:  -> http://a/b/c/d;p?q
// expect: . -> http://a/b/c/
// expect: ./ -> http://a/b/c/
// expect: .. -> http://a/b/
// expect: ../ -> http://a/b/
// expect: ../g -> http://a/b/g
// expect: ../.. -> http://a/
// expect: ../../ -> http://a/
// expect: ../../g -> http://a/g
