// The scheme's default port is reported by port but left out of toString.
void main() {
  var u = Uri.parse('http://example.com:80/x');
  print(u);
  print(u.port);
  print(u.hasPort);
  print(Uri.parse('https://example.com/').port);
  print(Uri.parse('http://example.com:8080').hasPort);
  print(Uri.parse('foo:bar').port);
}
// expect: http://example.com/x
// expect: 80
// expect: false
// expect: 443
// expect: true
// expect: 0
