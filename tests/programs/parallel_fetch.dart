// Simulated API client: parallel requests with (a, b).wait and list.wait, ParallelWaitError recovery, per-request timeouts, caching with Completers, and a rate-limited queue.
import 'dart:async';

class HttpError implements Exception {
  final int status;
  final String path;
  HttpError(this.status, this.path);
  @override
  String toString() => 'HttpError $status on $path';
}

class FakeServer {
  final Map<String, (int, String)> routes;
  final calls = <String>[];
  FakeServer(this.routes);

  Future<String> get(String path, {int latencyMs = 2}) async {
    calls.add(path);
    await Future<void>.delayed(Duration(milliseconds: latencyMs));
    final (status, body) = routes[path] ?? (404, '');
    if (status != 200) throw HttpError(status, path);
    return body;
  }
}

class CachingClient {
  final FakeServer server;
  final _inflight = <String, Completer<String>>{};
  int hits = 0;
  CachingClient(this.server);

  Future<String> get(String path) {
    final existing = _inflight[path];
    if (existing != null) {
      hits++;
      return existing.future;
    }
    final c = Completer<String>();
    _inflight[path] = c;
    server.get(path).then(c.complete, onError: (Object e, StackTrace s) {
      _inflight.remove(path);
      c.completeError(e, s);
    });
    return c.future;
  }
}

class RateLimiter {
  final int maxConcurrent;
  int _running = 0;
  int peak = 0;
  final _waiting = <Completer<void>>[];
  RateLimiter(this.maxConcurrent);

  Future<T> run<T>(Future<T> Function() task) async {
    if (_running >= maxConcurrent) {
      final slot = Completer<void>();
      _waiting.add(slot);
      await slot.future;
    }
    _running++;
    peak = _running > peak ? _running : peak;
    try {
      return await task();
    } finally {
      _running--;
      if (_waiting.isNotEmpty) _waiting.removeAt(0).complete();
    }
  }
}

Future<void> main() async {
  final server = FakeServer({
    '/user/1': (200, 'ann'),
    '/user/2': (200, 'bob'),
    '/posts?user=1': (200, '3 posts'),
    '/admin': (403, ''),
    '/slow': (200, 'finally'),
  });

  final (user, posts) = await (server.get('/user/1'), server.get('/posts?user=1')).wait;
  print('$user has $posts');

  try {
    await (server.get('/user/2'), server.get('/admin'), server.get('/missing')).wait;
  } on ParallelWaitError<(String?, String?, String?), (AsyncError?, AsyncError?, AsyncError?)> catch (e) {
    print(e);
    final (name, _, _) = e.values;
    print('partial result: $name');
    final (_, adminErr, missingErr) = e.errors;
    print('${adminErr?.error} / ${missingErr?.error}');
  }

  final names = await [for (var i = 1; i <= 2; i++) server.get('/user/$i')].wait;
  print(names);

  try {
    await server.get('/slow', latencyMs: 50).timeout(const Duration(milliseconds: 5));
  } on TimeoutException catch (e) {
    print('timed out after ${e.duration!.inMilliseconds}ms');
  }

  final client = CachingClient(server);
  server.calls.clear();
  final results = await Future.wait([client.get('/user/1'), client.get('/user/1'), client.get('/user/2'), client.get('/user/1')]);
  print('$results hits=${client.hits} calls=${server.calls}');
  try {
    await client.get('/admin');
  } on HttpError catch (e) {
    print('client error: $e');
  }

  final limiter = RateLimiter(2);
  server.calls.clear();
  final paths = ['/user/1', '/user/2', '/posts?user=1', '/user/1', '/user/2'];
  final limited = await Future.wait(paths.map((p) => limiter.run(() => server.get(p))));
  print('$limited peak=${limiter.peak}');
  print(server.calls.length);

  final statuses = await Future.wait(['/user/1', '/admin', '/nope'].map((p) => server
      .get(p)
      .then((body) => '200 $p')
      .catchError((Object e) => '${(e as HttpError).status} $p', test: (e) => e is HttpError)));
  print(statuses);
}

// expect: ann has 3 posts
// expect: ParallelWaitError(2 errors): HttpError 403 on /admin
// expect: partial result: bob
// expect: HttpError 403 on /admin / HttpError 404 on /missing
// expect: [ann, bob]
// expect: timed out after 5ms
// expect: [ann, ann, bob, ann] hits=2 calls=[/user/1, /user/2]
// expect: client error: HttpError 403 on /admin
// expect: [ann, bob, 3 posts, ann, bob] peak=2
// expect: 5
// expect: [200 /user/1, 403 /admin, 404 /nope]
