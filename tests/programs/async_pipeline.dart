// Async job pipeline: Future.wait, Completer, timeouts, streams with async*, await for, StreamController, runZonedGuarded.
import 'dart:async';

Future<int> fetchScore(String user, int delayMs) async {
  await Future.delayed(Duration(milliseconds: delayMs));
  if (user.isEmpty) throw StateError('empty user');
  return user.length * 10;
}

Stream<int> countdown(int from) async* {
  for (var i = from; i > 0; i--) {
    await Future.delayed(const Duration(milliseconds: 5));
    yield i;
  }
}

Stream<String> lines(List<String> input) async* {
  yield* Stream.fromIterable(input);
  yield '<eof>';
}

class Ticker {
  final _controller = StreamController<int>.broadcast();
  Stream<int> get ticks => _controller.stream;
  Future<void> run(int n) async {
    for (var i = 1; i <= n; i++) {
      await Future.delayed(Duration.zero);
      _controller.add(i);
    }
    await _controller.close();
  }
}

Future<String> slow() => Future.delayed(const Duration(milliseconds: 200), () => 'slow done');

Future<void> main() async {
  final scores = await Future.wait([
    fetchScore('alice', 30),
    fetchScore('bob', 10),
    fetchScore('carol', 20),
  ]);
  print('scores: $scores');

  try {
    await Future.wait([fetchScore('x', 5), fetchScore('', 1)]);
  } on StateError catch (e) {
    print('wait failed: $e');
  } finally {
    print('finally ran');
  }

  final c = Completer<String>();
  Timer(const Duration(milliseconds: 10), () => c.complete('completed'));
  print('completer: ${await c.future} ${c.isCompleted}');

  try {
    await slow().timeout(const Duration(milliseconds: 20));
  } on TimeoutException catch (e) {
    print('timeout: ${e.duration}');
  }
  final fallback = await slow().timeout(const Duration(milliseconds: 20), onTimeout: () => 'fallback');
  print(fallback);

  await for (final n in countdown(3)) {
    print('countdown $n');
  }
  final doubled = await countdown(4).map((n) => n * 2).where((n) => n != 4).toList();
  print('doubled: $doubled');

  final joined = await lines(['a', 'b']).map((s) => s.toUpperCase()).join('|');
  print(joined);

  final ticker = Ticker();
  final seen = <String>[];
  ticker.ticks.listen((t) => seen.add('A$t'));
  ticker.ticks.where((t) => t.isEven).listen((t) => seen.add('B$t'), onDone: () => seen.add('B done'));
  await ticker.run(4);
  await Future.delayed(Duration.zero);
  print(seen);

  final transformer = StreamTransformer<int, String>.fromHandlers(
    handleData: (value, sink) {
      if (value % 3 == 0) {
        sink.addError(ArgumentError('multiple of three: $value'));
      } else {
        sink.add('v$value');
      }
    },
  );
  final events = <String>[];
  await Stream.fromIterable([1, 2, 3, 4])
      .transform(transformer)
      .handleError((Object e) => events.add('error: $e'))
      .forEach(events.add);
  print(events);

  final sum = await Stream.periodic(const Duration(milliseconds: 2), (i) => i).take(5).reduce((a, b) => a + b);
  print('periodic sum: $sum');

  final result = await Future.value(5)
      .then((v) => v * 2)
      .then((v) => throw FormatException('bad value', v))
      .catchError((Object e) => -1, test: (e) => e is FormatException)
      .whenComplete(() => print('whenComplete'));
  print('chain: $result');

  final errors = <String>[];
  final done = Completer<void>();
  runZonedGuarded(() {
    Future(() => throw Exception('lost in zone'));
    Timer(const Duration(milliseconds: 5), () => done.complete());
  }, (error, stack) {
    errors.add('$error');
  });
  await done.future;
  print('zone caught: $errors');

  final order = <String>[];
  scheduleMicrotask(() => order.add('micro'));
  Future(() => order.add('event'));
  Future.microtask(() => order.add('micro2'));
  order.add('sync');
  await Future.delayed(const Duration(milliseconds: 1));
  print(order);

  final first = await Future.any([slow(), Future.delayed(const Duration(milliseconds: 5), () => 'fast')]);
  print('any: $first');
  final f = Stream<int>.error(StateError('boom')).first;
  await f.then(print, onError: (Object e) => print('stream error: $e'));
  print(await Stream.fromIterable([3, 1, 2]).firstWhere((x) => x < 3));
  print(await Stream<int>.empty().isEmpty);
  print(await Future.forEach<int>([1, 2, 3], (x) async => print('each $x')) == null);
  final results = await Future.wait([1, 2, 3].map((i) async => i * i));
  print(results);
}

// expect: scores: [50, 30, 50]
// expect: wait failed: Bad state: empty user
// expect: finally ran
// expect: completer: completed true
// expect: timeout: 0:00:00.020000
// expect: fallback
// expect: countdown 3
// expect: countdown 2
// expect: countdown 1
// expect: doubled: [8, 6, 2]
// expect: A|B|<EOF>
// expect: [A1, A2, B2, A3, A4, B4, B done]
// expect: [v1, v2, error: Invalid argument(s): multiple of three: 3, v4]
// expect: periodic sum: 10
// expect: whenComplete
// expect: chain: -1
// expect: zone caught: [Exception: lost in zone]
// expect: [sync, micro, micro2, event]
// expect: any: fast
// expect: stream error: Bad state: boom
// expect: 1
// expect: true
// expect: each 1
// expect: each 2
// expect: each 3
// expect: true
// expect: [1, 4, 9]
