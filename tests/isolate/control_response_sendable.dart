// The response of ping and addOnExitListener must be fit for any isolate, as the reference says
// and the Dart VM checks: a class instance makes the call throw ArgumentError; lists, maps,
// constants and SendPorts go through.
// flags: --deterministic
// flags:
import 'dart:isolate';

class Foo {}

void idle(SendPort p) {
  var r = ReceivePort();
  p.send(r.sendPort);
  r.listen((m) => r.close());
}

Future<void> main() async {
  var r = ReceivePort();
  var exit = ReceivePort();
  var isolate = await Isolate.spawn(idle, r.sendPort);
  try {
    isolate.addOnExitListener(exit.sendPort, response: Foo());
  } on ArgumentError catch (e) {
    print(e.toString().split(' - ').first);
  }
  try {
    isolate.ping(exit.sendPort, response: [Foo()]);
  } on ArgumentError catch (e) {
    print(e.toString().split(' - ').first);
  }
  isolate.addOnExitListener(exit.sendPort, response: ['bye', 1, 2.5, {'k': [true]}, exit.sendPort]);
  var ping = ReceivePort();
  isolate.ping(ping.sendPort, response: const ['const', 'list']);
  print(await ping.first);
  SendPort s = await r.first;
  s.send('stop');
  List m = await exit.first;
  print(m.sublist(0, 4));
  print(m[4] == exit.sendPort);
}
// expect: Invalid argument(s): Illegal argument in isolate message: object is unsendable
// expect: Invalid argument(s): Illegal argument in isolate message: object is unsendable
// expect: [const, list]
// expect: [bye, 1, 2.5, {k: [true]}]
// expect: true
