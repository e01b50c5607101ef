// Uri.parse splits a URI into its components; scheme and host are lower-cased.
void main() {
  var u = Uri.parse('HTTPS://user:pw@Example.COM:8443/a/b.html?x=1&y=2#Top');
  print(u.scheme);
  print(u.userInfo);
  print(u.host);
  print(u.port);
  print(u.path);
  print(u.query);
  print(u.fragment);
  print(u.authority);
  print(u);
}
// expect: https
// expect: user:pw
// expect: example.com
// expect: 8443
// expect: /a/b.html
// expect: x=1&y=2
// expect: Top
// expect: user:pw@example.com:8443
// expect: https://user:pw@example.com:8443/a/b.html?x=1&y=2#Top
