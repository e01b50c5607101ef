// broadcast ReceivePort with several listeners, subscription pause/resume, cancel closing the port
// flags: --deterministic
// flags:
import 'dart:async';
import 'dart:isolate';

void producer(SendPort out) {
  for (var i = 0; i < 6; i++) {
    out.send(i);
  }
  out.send('end');
}

Future<void> main() async {
  final port = ReceivePort();
  final events = port.asBroadcastStream(onCancel: (sub) {
    print('all listeners gone');
    sub.cancel();
  });
  final evens = <int>[];
  final all = <Object?>[];
  final s1 = events.where((e) => e is int && e.isEven).listen((e) => evens.add(e as int));
  final done = Completer<void>();
  final s2 = events.listen((e) {
    all.add(e);
    if (e == 'end') done.complete();
  });
  await Isolate.spawn(producer, port.sendPort);
  await done.future;
  print('evens $evens');
  print('all $all');
  await s1.cancel();
  await s2.cancel();
  print('broadcast: ${events.isBroadcast}');

  final p2 = ReceivePort();
  final got = <Object?>[];
  final sub = p2.listen(got.add);
  sub.pause();
  final exit = ReceivePort();
  await Isolate.spawn(producer, p2.sendPort, onExit: exit.sendPort);
  await exit.first; // The producer's exit comes after every message it sent.
  print('while paused: $got ${sub.isPaused}');
  sub.resume();
  await Future.delayed(Duration.zero);
  print('after resume: $got');
  await sub.cancel();
  p2.sendPort.send('after cancel');
  await Future.delayed(const Duration(milliseconds: 10));
  print('final: ${got.length}');
}

// expect: evens [0, 2, 4]
// expect: all [0, 1, 2, 3, 4, 5, end]
// expect: all listeners gone
// expect: broadcast: true
// expect: while paused: [] true
// expect: after resume: [0, 1, 2, 3, 4, 5, end]
// expect: final: 7
