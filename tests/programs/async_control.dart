// Async control flow corner cases from real code: await in catch/finally, try/finally in async* and sync* on early exit, recursion, async closures in loops, cancellation running finally blocks.
import 'dart:async';

final log = <String>[];

Stream<int> numbers(String tag) async* {
  try {
    for (var i = 1; i <= 5; i++) {
      log.add('$tag yield $i');
      yield i;
    }
  } finally {
    log.add('$tag cleanup');
    await Future<void>.delayed(Duration.zero);
    log.add('$tag cleanup done');
  }
}

Iterable<String> lines() sync* {
  try {
    yield 'first';
    yield 'second';
    yield 'third';
  } finally {
    log.add('sync* finally');
  }
}

Future<int> depth(int n) async => n == 0 ? 0 : 1 + await depth(n - 1);

Future<String> fetch(String key) async {
  await Future<void>.delayed(const Duration(milliseconds: 1));
  if (key.startsWith('x')) throw StateError('no $key');
  return key.toUpperCase();
}

Future<String> fetchWithFallback(String key) async {
  try {
    return await fetch(key);
  } catch (e) {
    final fallback = await fetch('fallback');
    return '$fallback($e)';
  } finally {
    await Future<void>.delayed(Duration.zero);
    log.add('fetched $key');
  }
}

Stream<String> merged(List<Stream<String>> streams) async* {
  for (final s in streams) {
    yield* s;
  }
}

Future<void> main() async {
  await for (final n in numbers('A')) {
    if (n == 2) break;
  }
  log.add('after A');
  print(log);
  log.clear();

  final sub = numbers('B').listen(null);
  sub.onData((n) {
    if (n == 3) sub.cancel().then((_) => log.add('B cancelled'));
  });
  await Future<void>.delayed(const Duration(milliseconds: 5));
  print(log);
  log.clear();

  print(await numbers('C').take(2).toList());
  await Future<void>.delayed(const Duration(milliseconds: 5));
  print(log);
  log.clear();

  for (final l in lines()) {
    if (l == 'second') break;
  }
  print(log);
  print(lines().first);
  print(log);
  log.clear();

  print(await depth(500));
  print(await fetchWithFallback('ok'));
  print(await fetchWithFallback('xmissing'));
  print(log);
  log.clear();

  final futures = <Future<String>>[];
  for (var i = 0; i < 3; i++) {
    futures.add(() async {
      await Future<void>.delayed(Duration(milliseconds: 3 - i));
      return 'task$i';
    }());
  }
  print(await Future.wait(futures));

  final out = await merged([
    Stream.fromIterable(['a', 'b']),
    Stream.value('c'),
    Stream.fromFuture(Future.delayed(Duration.zero, () => 'd')),
  ]).toList();
  print(out);

  Future<int> sumAsync(List<int> xs) async {
    var total = 0;
    for (final x in xs) {
      total += await Future.value(x);
    }
    return total;
  }

  print(await sumAsync([1, 2, 3, 4]));
  var attempts = 0;
  Future<String> flaky() async {
    attempts++;
    if (attempts < 3) throw TimeoutException('slow', const Duration(seconds: 1));
    return 'ok after $attempts';
  }

  String? result;
  while (result == null) {
    try {
      result = await flaky();
    } on TimeoutException catch (e) {
      print('retrying after ${e.message} ${e.duration?.inSeconds}s');
    }
  }
  print(result);
  final c = StreamController<int>();
  final collected = <int>[];
  final done = c.stream.listen(collected.add).asFuture('finished');
  c..add(1)..add(2);
  await c.close();
  print('${await done} $collected');
  final e = await Future<Object?>.error(const FormatException('x')).then<Object?>((v) => v, onError: (Object e) => e);
  print(e);
}

// expect: [A yield 1, A yield 2, A cleanup, A cleanup done, after A]
// expect: [B yield 1, B yield 2, B yield 3, B cleanup, B cleanup done, B cancelled]
// expect: [1, 2]
// expect: [C yield 1, C yield 2, C cleanup, C cleanup done]
// expect: []
// expect: first
// expect: []
// expect: 500
// expect: OK
// expect: FALLBACK(Bad state: no xmissing)
// expect: [fetched ok, fetched xmissing]
// expect: [task0, task1, task2]
// expect: [a, b, c, d]
// expect: 10
// expect: retrying after slow 1s
// expect: retrying after slow 1s
// expect: ok after 3
// expect: finished [1, 2]
// expect: FormatException: x
