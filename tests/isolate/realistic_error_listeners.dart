// error propagation: onError port, errorsAreFatal false, RemoteError, onExit response
// flags: --deterministic
// flags:
import 'dart:async';
import 'dart:isolate';

void flaky(SendPort out) {
  final port = ReceivePort();
  out.send(port.sendPort);
  port.listen((msg) {
    if (msg == 'boom') throw FormatException('bad input', 'boom', 2);
    if (msg == 'state') throw StateError('broken');
    if (msg == 'bye') {
      port.close();
      return;
    }
    out.send('echo $msg');
  });
}

Future<void> main() async {
  final out = ReceivePort();
  final errors = ReceivePort();
  final exit = ReceivePort();
  final events = StreamController<String>();
  final setup = Completer<SendPort>();
  out.listen((m) => m is SendPort ? setup.complete(m) : events.add(m as String));
  errors.listen((e) {
    final [String text, String? stack] = e as List;
    events.add('error: $text / stack? ${stack != null && stack.isNotEmpty}');
  });
  exit.listen((m) {
    events.add('exit: $m');
    events.close();
  });
  final iso = await Isolate.spawn(flaky, out.sendPort,
      errorsAreFatal: false, onError: errors.sendPort, onExit: exit.sendPort, debugName: 'flaky');
  print(iso.debugName);
  final w = await setup.future;
  w.send('a');
  w.send('boom');
  w.send('b');
  w.send('state');
  w.send('c');
  final lines = <String>[];
  await for (final e in events.stream) {
    lines.add(e);
    if (lines.length == 5) w.send('bye');
  }
  lines.forEach(print);
  out.close();
  errors.close();
  exit.close();

  final err2 = ReceivePort();
  final exit2 = ReceivePort();
  await Isolate.spawn((_) => throw ArgumentError.value(-1, 'n', 'must be positive'), null,
      onError: err2.sendPort, onExit: exit2.sendPort, debugName: 'fatal');
  final remote = await err2.first as List;
  print('fatal error: ${remote[0]}');
  final re = RemoteError(remote[0] as String, remote[1] as String);
  print(re);
  print(re.stackTrace is StackTrace);
  print('exit2: ${await exit2.first}');

  final exit3 = ReceivePort();
  await Isolate.spawn((_) {}, null, onExit: exit3.sendPort);
  print('exit3: ${await exit3.first}');
}

// expect: flaky
// expect: echo a
// expect: error: FormatException: bad input (at character 3)
// expect: boom
// expect:   ^
// expect:  / stack? true
// expect: echo b
// expect: error: Bad state: broken / stack? true
// expect: echo c
// expect: exit: null
// expect: fatal error: Invalid argument (n): must be positive: -1
// expect: Invalid argument (n): must be positive: -1
// expect: true
// expect: exit2: null
// expect: exit3: null
