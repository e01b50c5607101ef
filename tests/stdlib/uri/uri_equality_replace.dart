// ==, hashCode, replace, removeFragment and origin.
void main() {
  var a = Uri.parse('http://h/p?q#f');
  print(a == Uri.parse('HTTP://H/p?q#f'));
  print(a.hashCode == Uri.parse('http://h/p?q#f').hashCode);
  print(a == Uri.parse('http://h/p?q'));
  print(a.replace(path: '/other'));
  print(a.replace(queryParameters: {'k': 'v'}));
  print(a.removeFragment());
  print(Uri.parse('https://h:8443/x').origin);
  print(Uri.parse('http://h/x').origin);
}
// expect: true
// expect: true
// expect: false
// expect: http://h/other?q#f
// expect: http://h/p?k=v#f
// expect: http://h/p?q
// expect: https://h:8443
// expect: http://h
