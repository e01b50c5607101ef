// Compute-style parallel map: a list split in chunks, each mapped by Isolate.run, joined with
// Future.wait in order; twenty runs at once; Isolate.run inside Isolate.run; a computation
// whose future never completes ends with "Computation ended without result"; an uncaught
// error of a timer inside a run comes back as a RemoteError.
// flags: --deterministic
// flags:
import 'dart:async';
import 'dart:isolate';

class MyError extends Error {
  final int code;
  final List<String> details;
  MyError(this.code, this.details);
}

Future<void> main() async {
  final data = List.generate(1000, (i) => i);
  const chunks = 4;
  final size = (data.length / chunks).ceil();
  final parts = await Future.wait([
    for (var c = 0; c < chunks; c++)
      Isolate.run(() => data
          .sublist(c * size, (c + 1) * size > data.length ? data.length : (c + 1) * size)
          .map((x) => x * 2)
          .toList())
  ]);
  final merged = parts.expand((p) => p).toList();
  print('${merged.length} ${merged.first} ${merged.last} ${merged.reduce((a, b) => a + b)}');
  print(await Future.wait([for (var i = 0; i < 20; i++) Isolate.run(() => i * i)]));
  print(await Isolate.run(() async => 'outer+${await Isolate.run(() => 'inner')}'));
  try {
    await Isolate.run(() => Completer<int>().future);
  } catch (e, s) {
    print('${e.runtimeType}: $e; stack "$s"');
  }
  try {
    await Isolate.run(() async {
      Timer(Duration(milliseconds: 1), () => throw StateError('timer error'));
      await Future.delayed(Duration(milliseconds: 50));
      return 1;
    });
  } catch (e, s) {
    print('${e.runtimeType}: $e; ${s.toString().contains('main.<anonymous closure>')}');
  }
  try {
    await Isolate.run(() => throw MyError(42, ['x', 'y']));
  } on MyError catch (e) {
    print('custom: ${e.code} ${e.details}');
  }
}
// expect: 1000 0 1998 999000
// expect: [0, 1, 4, 9, 16, 25, 36, 49, 64, 81, 100, 121, 144, 169, 196, 225, 256, 289, 324, 361]
// expect: outer+inner
// expect: RemoteError: Computation ended without result; stack ""
// expect: RemoteError: Bad state: timer error; true
// expect: custom: 42 [x, y]
