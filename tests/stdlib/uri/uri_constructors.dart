// The Uri constructor, Uri.http and Uri.https.
void main() {
  print(Uri(scheme: 'https', host: 'dart.dev', path: 'guides/libraries'));
  print(Uri(scheme: 'http', host: 'h', port: 8080, pathSegments: ['a b', 'c'], fragment: 'top'));
  print(Uri(scheme: 'http', host: 'h', queryParameters: {'q': 'a b', 'list': ['1', '2']}));
  print(Uri(path: 'relative/path', query: 'x=1'));
  print(Uri.http('example.com', '/search', {'q': 'dart lang'}));
  print(Uri.https('example.com:8443', 'p'));
  print(Uri.https('example.com', '/a b'));
}
// expect: https://dart.dev/guides/libraries
// expect: http://h:8080/a%20b/c#top
// expect: http://h?q=a+b&list=1&list=2
// expect: relative/path?x=1
// expect: http://example.com/search?q=dart+lang
// expect: https://example.com:8443/p
// expect: https://example.com/a%20b
