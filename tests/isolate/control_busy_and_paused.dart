// Control requests on working isolates: kill(immediate) stops a busy loop, kill() lets the
// current event finish, pause with two capabilities needs both resumes (a wrong one does
// nothing) and keeps the periodic timer's values in order, an Isolate made from the control
// port alone cannot pause or kill but can ping, and a beforeNextEvent ping to a paused isolate
// waits for the resume.
// flags: --deterministic
// flags:
import 'dart:async';
import 'dart:isolate';

void busy(SendPort p) {
  p.send('busy start');
  var x = 0;
  for (var i = 0;; i++) {
    x = (x + i) % 1000;
  }
}

void ticker(SendPort p) {
  var n = 0;
  Timer.periodic(Duration(milliseconds: 2), (t) {
    p.send(n++);
  });
}

void eventy(SendPort p) {
  final r = ReceivePort();
  p.send(r.sendPort);
  r.listen((m) {
    p.send('got $m');
    // busy for a while
    var s = 0;
    for (var i = 0; i < 2000000; i++) s += i;
  });
}

Future<void> main() async {
  // kill immediate on busy loop
  var p = ReceivePort();
  var exit = ReceivePort();
  var iso = await Isolate.spawn(busy, p.sendPort, onExit: exit.sendPort);
  print(await p.first);
  iso.kill(priority: Isolate.immediate);
  print('exit: ${await exit.first}');

  // kill beforeNextEvent on busy loop: never returns to event loop -> not killed until ...
  // (skip: would hang in Dart too)

  // kill beforeNextEvent on event-processing isolate
  p = ReceivePort();
  exit = ReceivePort();
  final it = StreamIterator(p);
  iso = await Isolate.spawn(eventy, p.sendPort);
  iso.addOnExitListener(exit.sendPort, response: 'eventy gone');
  await it.moveNext();
  final SendPort to = it.current;
  to.send(1);
  await it.moveNext();
  print(it.current);
  iso.kill();
  print(await exit.first);
  await it.cancel();

  // pause/resume with capabilities
  p = ReceivePort();
  final values = <int>[];
  final sub = p.listen((m) => values.add(m as int));
  iso = await Isolate.spawn(ticker, p.sendPort);
  await Future.delayed(Duration(milliseconds: 30));
  final cap1 = iso.pause();
  final cap2 = iso.pause(Capability());
  await Future.delayed(Duration(milliseconds: 20));
  final before = values.length;
  await Future.delayed(Duration(milliseconds: 30));
  print('paused, no new values: ${values.length == before}');
  iso.resume(cap1);
  await Future.delayed(Duration(milliseconds: 30));
  print('still paused with cap2: ${values.length == before}');
  iso.resume(Capability()); // wrong cap, no effect
  iso.resume(cap2);
  for (var waited = 0; values.length == before && waited < 5000; waited += 5) {
    await Future.delayed(Duration(milliseconds: 5));
  }
  print('resumed: ${values.length > before}');
  // consecutive values
  var ok = true;
  for (var i = 0; i < values.length; i++) {
    if (values[i] != i) ok = false;
  }
  print('in order: $ok');
  // restricted isolate cannot pause
  final restricted = Isolate(iso.controlPort);
  restricted.pause(Capability());
  restricted.kill(priority: Isolate.immediate);
  final pong = ReceivePort();
  restricted.ping(pong.sendPort, response: 'pong!');
  print(await pong.first);
  iso.kill(priority: Isolate.immediate);
  await sub.cancel();
  // ping on dead isolate: nothing; ping with beforeNextEvent
  p = ReceivePort();
  iso = await Isolate.spawn(ticker, p.sendPort, paused: true);
  final pong2 = ReceivePort();
  iso.ping(pong2.sendPort, response: 42, priority: Isolate.beforeNextEvent);
  iso.ping(pong2.sendPort, response: 'immediate');
  final pings = pong2.take(1).toList();
  print(await pings);
  iso.kill(priority: Isolate.immediate);
  p.close();
}
// expect: busy start
// expect: exit: null
// expect: got 1
// expect: eventy gone
// expect: paused, no new values: true
// expect: still paused with cap2: true
// expect: resumed: true
// expect: in order: true
// expect: pong!
// expect: [immediate]
