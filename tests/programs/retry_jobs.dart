// Job runner with retries and backoff: Future.doWhile, Future.sync, zone print capture, error zones, unawaited futures, and an unhandled async error at the end.
import 'dart:async';

class TransientError implements Exception {
  final int attempt;
  TransientError(this.attempt);
  @override
  String toString() => 'TransientError(attempt $attempt)';
}

class Job {
  final String name;
  final int failures;
  int attempts = 0;
  Job(this.name, this.failures);

  Future<String> run() async {
    attempts++;
    await Future<void>.delayed(const Duration(milliseconds: 1));
    if (attempts <= failures) throw TransientError(attempts);
    return '$name ok after $attempts';
  }
}

Future<T> retry<T>(Future<T> Function() action, {int maxAttempts = 3, Duration base = const Duration(milliseconds: 1)}) async {
  var attempt = 0;
  while (true) {
    attempt++;
    try {
      return await action();
    } on TransientError catch (e) {
      if (attempt >= maxAttempts) rethrow;
      final wait = base * (1 << (attempt - 1));
      print('  retry ${e.attempt} in ${wait.inMicroseconds}us');
      await Future<void>.delayed(wait);
    }
  }
}

Future<List<String>> runAll(List<Job> jobs) async {
  final results = <String>[];
  for (final job in jobs) {
    try {
      results.add(await retry(job.run));
    } catch (e) {
      results.add('${job.name} failed: $e');
    } finally {
      print('  ${job.name}: ${job.attempts} attempt(s)');
    }
  }
  return results;
}

Future<void> main() async {
  print(await runAll([Job('a', 0), Job('b', 2), Job('c', 5)]));

  var n = 0;
  await Future.doWhile(() async {
    n++;
    await Future<void>.delayed(Duration.zero);
    return n < 4;
  });
  print('doWhile ran $n times');

  final syncValue = await Future.sync(() => 7);
  print('sync $syncValue');
  try {
    await Future.sync(() => throw ArgumentError('sync throw'));
  } on ArgumentError catch (e) {
    print('caught ${e.message}');
  }

  final captured = <String>[];
  await runZoned(() async {
    print('inside zone');
    await Future<void>.delayed(Duration.zero);
    print('after await');
  }, zoneSpecification: ZoneSpecification(print: (self, parent, zone, line) {
    captured.add(line.toUpperCase());
  }));
  print('captured: $captured');

  final zoneErrors = <Object>[];
  final finished = Completer<void>();
  runZonedGuarded(() {
    unawaited(Future<void>.delayed(const Duration(milliseconds: 1), () => throw StateError('background failure')));
    Timer.run(() => throw const FormatException('timer failure'));
    Future<void>.delayed(const Duration(milliseconds: 5), finished.complete);
  }, (e, s) => zoneErrors.add(e));
  await finished.future;
  print('zone errors: $zoneErrors');

  final f = Future<int>.error(Exception('handled in time'));
  print(await f.catchError((Object e) => -1));

  final values = await Future.wait([
    for (var i = 0; i < 3; i++) Future.delayed(Duration(milliseconds: 3 - i), () => i),
  ], eagerError: true);
  print(values);
  try {
    await Future.wait([Future<int>.error('e1'), Future<int>.delayed(Duration.zero, () => throw 'e2')]);
  } catch (e) {
    print('first error: $e');
  }
  final results = await Future.wait([Future.value(1), Future.error('bad')].map((f) => f.then((v) => 'ok $v', onError: (e) => 'err $e')));
  print(results);

  print('about to fail');
  Future<void>.delayed(const Duration(milliseconds: 2), () => throw TransientError(99));
}
// expect runtime error: TransientError(attempt 99)

// expect:   a: 1 attempt(s)
// expect:   retry 1 in 1000us
// expect:   retry 2 in 2000us
// expect:   b: 3 attempt(s)
// expect:   retry 1 in 1000us
// expect:   retry 2 in 2000us
// expect:   c: 3 attempt(s)
// expect: [a ok after 1, b ok after 3, c failed: TransientError(attempt 3)]
// expect: doWhile ran 4 times
// expect: sync 7
// expect: caught sync throw
// expect: captured: [INSIDE ZONE, AFTER AWAIT]
// expect: zone errors: [FormatException: timer failure, Bad state: background failure]
// expect: -1
// expect: [0, 1, 2]
// expect: first error: e1
// expect: [ok 1, err bad]
// expect: about to fail
