// pathSegments decodes each segment; the list is unmodifiable.
void main() {
  var u = Uri.parse('http://h/a%20b/c/%C3%A9/');
  print(u.pathSegments);
  print(Uri.parse('rel/x').pathSegments);
  print(Uri.parse('http://h').pathSegments);
  u.pathSegments.add('z');
}
// expect: [a b, c, é, ]
// expect: [rel, x]
// expect: []
// expect runtime error: Unsupported operation: Cannot add to an unmodifiable list
