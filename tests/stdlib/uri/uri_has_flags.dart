// hasScheme, hasAuthority, hasQuery, hasFragment, hasAbsolutePath, isAbsolute.
void main() {
  var full = Uri.parse('http://h/p?q#f');
  print([full.hasScheme, full.hasAuthority, full.hasQuery, full.hasFragment]);
  print(full.isAbsolute);
  var rel = Uri.parse('a/b');
  print([rel.hasScheme, rel.hasAuthority, rel.hasQuery, rel.hasFragment]);
  print(rel.hasAbsolutePath);
  print(Uri.parse('/a').hasAbsolutePath);
  print(Uri.parse('http://h/?').hasQuery);
  print(Uri.parse('http://h/?').query.isEmpty);
}
// expect: [true, true, true, true]
// expect: false
// expect: [false, false, false, false]
// expect: false
// expect: true
// expect: true
// expect: true
