// timers and periodic timers inside workers reporting progress, then a final summary
// flags: --deterministic
// flags:
import 'dart:async';
import 'dart:isolate';

void heartbeat((SendPort, String, int) cfg) {
  final (out, name, beats) = cfg;
  var n = 0;
  final sw = Stopwatch()..start();
  Timer.periodic(const Duration(milliseconds: 5), (t) {
    n++;
    out.send('$name beat $n');
    if (n == beats) {
      t.cancel();
      Timer(const Duration(milliseconds: 1), () {
        out.send((name: name, beats: n, tookSomeTime: sw.elapsedMilliseconds >= 5 * beats - 1, active: t.isActive));
      });
    }
  });
}

Future<void> main() async {
  final port = ReceivePort();
  final exits = ReceivePort();
  await Isolate.spawn(heartbeat, (port.sendPort, 'A', 3), onExit: exits.sendPort);
  final events = <Object?>[];
  await for (final m in port) {
    events.add(m);
    if (m is Record) break;
  }
  events.forEach(print);
  await exits.first;
  print('worker ended after its timers');
  final delayed = await Isolate.run(() async {
    final log = <String>[];
    Timer(const Duration(milliseconds: 10), () => log.add('10ms'));
    Timer(Duration.zero, () => log.add('zero'));
    scheduleMicrotask(() => log.add('micro'));
    await Future.delayed(const Duration(milliseconds: 20));
    return log;
  });
  print(delayed);
}

// expect: A beat 1
// expect: A beat 2
// expect: A beat 3
// expect: (active: false, beats: 3, name: A, tookSomeTime: true)
// expect: worker ended after its timers
// expect: [micro, zero, 10ms]
