// ping and kill with priority beforeNextEvent wait for the isolate's next event, which a paused
// isolate does not reach: the ping is answered (and the kill done) after the resume, before the
// entry point runs; immediate ones act at once.
// flags: --deterministic
// flags:
import 'dart:async';
import 'dart:isolate';

void worker(SendPort p) {
  p.send('entry ran');
}

Future<void> main() async {
  final rp = ReceivePort();
  final events = <String>[];
  final sub = rp.listen((m) => events.add('$m'));
  var iso = await Isolate.spawn(worker, rp.sendPort, paused: true);
  iso.ping(rp.sendPort, response: 'ping before next event', priority: Isolate.beforeNextEvent);
  iso.ping(rp.sendPort, response: 'ping immediate');
  await Future.delayed(Duration(milliseconds: 20));
  print(events);
  iso.resume(iso.pauseCapability!);
  await Future.delayed(Duration(milliseconds: 20));
  print(events);
  events.clear();

  final exit = ReceivePort();
  iso = await Isolate.spawn(worker, rp.sendPort, paused: true, onExit: exit.sendPort);
  iso.kill();
  iso.ping(rp.sendPort, response: 'still alive');
  await Future.delayed(Duration(milliseconds: 20));
  print(events);
  iso.resume(iso.pauseCapability!);
  await exit.first;
  print('killed before the entry ran: $events');
  await sub.cancel();
}
// expect: [ping immediate]
// expect: [ping immediate, ping before next event, entry ran]
// expect: [still alive]
// expect: killed before the entry ran: [still alive]
