// A tiny HTTP-style router: Uri parsing and building, query parameters, path patterns with RegExp, zone values for request context, typedef'd handlers.
import 'dart:async';

typedef Handler = String Function(Map<String, String> params, Map<String, String> query);

class Route {
  final String method;
  final String pattern;
  final Handler handler;
  late final RegExp _re;
  final List<String> _names = [];

  Route(this.method, this.pattern, this.handler) {
    final source = pattern.splitMapJoin(RegExp(r':(\w+)'), onMatch: (m) {
      _names.add(m[1]!);
      return '([^/]+)';
    }, onNonMatch: RegExp.escape);
    _re = RegExp('^$source\$');
  }

  Map<String, String>? match(String path) {
    final m = _re.firstMatch(path);
    if (m == null) return null;
    return {for (var i = 0; i < _names.length; i++) _names[i]: Uri.decodeComponent(m[i + 1]!)};
  }
}

class Router {
  final routes = <Route>[];
  void get(String p, Handler h) => routes.add(Route('GET', p, h));
  void post(String p, Handler h) => routes.add(Route('POST', p, h));

  String handle(String method, String url) {
    final uri = Uri.parse(url);
    return runZoned(() {
      for (final r in routes) {
        if (r.method != method) continue;
        final params = r.match(uri.path);
        if (params != null) return '200 ${r.handler(params, uri.queryParameters)}';
      }
      return '404 ${uri.path}';
    }, zoneValues: {#requestId: url.hashCode.isEven ? 'even' : 'odd', #method: method});
  }
}

String currentMethod() => Zone.current[#method] as String? ?? 'none';

void main() {
  final router = Router()
    ..get('/users/:id', (p, q) => 'user ${p['id']} (${currentMethod()}) fields=${q['fields'] ?? '*'}')
    ..get('/files/:name.txt', (p, q) => 'file ${p['name']}')
    ..post('/users/:id/tags/:tag', (p, q) => 'tag ${p['tag']} on ${p['id']}');
  for (final (method, url) in [
    ('GET', '/users/42?fields=name,email'),
    ('GET', '/users/J%C3%BCrgen'),
    ('GET', '/files/report.txt'),
    ('GET', '/files/reportXtxt'),
    ('POST', '/users/7/tags/vip'),
    ('DELETE', '/users/7'),
  ]) {
    print('$method $url -> ${router.handle(method, url)}');
  }
  print(currentMethod());

  final uri = Uri.parse('https://user:pw@example.com:8443/a/b/../c/./d.html?q=dart+lang&x=1&x=2#top');
  print(uri.scheme);
  print(uri.userInfo);
  print(uri.host);
  print(uri.port);
  print(uri.path);
  print(uri.pathSegments);
  print(uri.query);
  print(uri.queryParameters['q']);
  print(uri.queryParametersAll);
  print(uri.fragment);
  print(uri.hasPort);
  print(uri.origin);
  print(uri.normalizePath());
  print(uri.resolve('../up?z=1'));
  print(uri.replace(scheme: 'http', port: 80, queryParameters: {'only': 'one'}, fragment: ''));
  print(Uri.https('api.example.com', '/v1/search', {'q': 'a b&c', 'page': '2'}));
  print(Uri.http('localhost:8080', 'x'));
  print(Uri(scheme: 'ftp', host: 'files.example.org', pathSegments: ['pub', 'a file.txt']));
  print(Uri.encodeComponent('a b/c?d=é'));
  print(Uri.encodeFull('https://x.org/a b?c=d e'));
  print(Uri.decodeComponent('a%20b%2Fc'));
  print(Uri.encodeQueryComponent('a b+c'));
  print(Uri.decodeQueryComponent('a+b%2Bc'));
  print(Uri.parse('mailto:someone@example.com').path);
  print(Uri.parse('file:///tmp/x.txt').toFilePath());
  print(Uri.file('/var/log/app.log'));
  print(Uri.parse('/relative/path?q').isAbsolute);
  print(Uri.parse('HTTP://Example.COM/').host);
  print(Uri.tryParse('http://[::1]:80/')?.host);
  print(Uri.tryParse('::not a uri'));
  print(Uri.parse('https://example.com/p') == Uri.parse('https://example.com/p'));
  print(Uri.splitQueryString('a=1&b=%C3%A9+x'));
  print(RegExp.escape('a.b*c'));
}

// expect: GET /users/42?fields=name,email -> 200 user 42 (GET) fields=name,email
// expect: GET /users/J%C3%BCrgen -> 200 user Jürgen (GET) fields=*
// expect: GET /files/report.txt -> 200 file report
// expect: GET /files/reportXtxt -> 404 /files/reportXtxt
// expect: POST /users/7/tags/vip -> 200 tag vip on 7
// expect: DELETE /users/7 -> 404 /users/7
// expect: none
// expect: https
// expect: user:pw
// expect: example.com
// expect: 8443
// expect: /a/c/d.html
// expect: [a, c, d.html]
// expect: q=dart+lang&x=1&x=2
// expect: dart lang
// expect: {q: [dart lang], x: [1, 2]}
// expect: top
// expect: true
// expect: https://example.com:8443
// expect: https://user:pw@example.com:8443/a/c/d.html?q=dart+lang&x=1&x=2#top
// expect: https://user:pw@example.com:8443/a/up?z=1
// expect: http://user:pw@example.com/a/c/d.html?only=one#
// expect: https://api.example.com/v1/search?q=a+b%26c&page=2
// expect: http://localhost:8080/x
// expect: ftp://files.example.org/pub/a%20file.txt
// expect: a%20b%2Fc%3Fd%3D%C3%A9
// expect: https://x.org/a%20b?c=d%20e
// expect: a b/c
// expect: a+b%2Bc
// expect: a b+c
// expect: someone@example.com
// expect: /tmp/x.txt
// expect: file:///var/log/app.log
// expect: false
// expect: example.com
// expect: ::1
// expect: null
// expect: true
// expect: {a: 1, b: é x}
// expect: a\.b\*c
