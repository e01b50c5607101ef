// kill with beforeNextEvent vs immediate, onExit with a response, ping, pause/resume with capabilities
// flags: --deterministic
// flags:
import 'dart:async';
import 'dart:isolate';

void ticker(SendPort out) {
  var n = 0;
  Timer.periodic(const Duration(milliseconds: 2), (t) {
    out.send(n++);
  });
}

void spin(SendPort out) {
  out.send('spinning');
  var x = 0;
  while (true) {
    x++;
  }
}

Future<void> main() async {
  final ticks = ReceivePort();
  final exit = ReceivePort();
  final iso = await Isolate.spawn(ticker, ticks.sendPort, onExit: exit.sendPort);
  final sub = ticks.take(3).toList();
  print('ticks: ${await sub}');

  final cap = iso.pause();
  final pong = ReceivePort();
  iso.ping(pong.sendPort, response: 'pong while paused', priority: Isolate.immediate);
  print(await pong.first);
  final pong2 = ReceivePort();
  iso.ping(pong2.sendPort, response: 'pong after resume', priority: Isolate.beforeNextEvent);
  final got = await pong2.first.timeout(const Duration(milliseconds: 50), onTimeout: () => 'no pong yet');
  print(got);
  iso.resume(cap);
  iso.kill(priority: Isolate.beforeNextEvent);
  print('exit: ${await exit.first}');

  final exit2 = ReceivePort();
  final msgs = ReceivePort();
  final spinner = await Isolate.spawn(spin, msgs.sendPort, onExit: exit2.sendPort);
  print(await msgs.first);
  spinner.addOnExitListener(exit2.sendPort, response: 'spinner gone');
  spinner.kill(priority: Isolate.immediate);
  print(await exit2.first);

  final exit3 = ReceivePort();
  final me = await Isolate.spawn((SendPort p) {
    Isolate.current.addOnExitListener(p, response: {'who': 'self', 'codes': [1, 2]});
    Isolate.current.kill();
  }, exit3.sendPort);
  print(await exit3.first);
  print(me.controlPort is SendPort);
}

// expect: ticks: [0, 1, 2]
// expect: pong while paused
// expect: no pong yet
// expect: exit: null
// expect: spinning
// expect: spinner gone
// expect: {who: self, codes: [1, 2]}
// expect: true
