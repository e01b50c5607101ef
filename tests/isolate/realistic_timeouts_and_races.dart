// spawn with an unsendable message fails its future, a silent port stream times out, Future.any takes the first Isolate.run
// flags: --deterministic
// flags:
import 'dart:async';
import 'dart:isolate';

Future<void> main() async {
  final unsendable = ReceivePort();
  try {
    await Isolate.spawn((_) {}, unsendable);
  } catch (e) {
    print('spawn: ${e.runtimeType}');
  }
  unsendable.close();
  final p = ReceivePort();
  final got = <Object?>[];
  try {
    await for (final m in p.timeout(const Duration(milliseconds: 20))) {
      got.add(m);
    }
    print('never: stream ended');
  } on TimeoutException catch (e) {
    print('timeout: ${e.message} ${e.duration}');
  }
  p.close();
  final winner = await Future.any([
    Isolate.run(() async { await Future.delayed(const Duration(milliseconds: 200)); return 'slow'; }),
    Isolate.run(() => 'fast'),
  ]);
  print(winner);
}

// expect: spawn: ArgumentError
// expect: timeout: No stream event 0:00:00.020000
// expect: fast
