// spawnUri of a helper file with args and a message, talking over ports
// flags: --deterministic
// flags:
import "dart:async";
import 'dart:isolate';

Future<void> main() async {
  final reply = ReceivePort();
  final exit = ReceivePort();
  final iso = await Isolate.spawnUri(Uri.parse('_support/realistic_text_service.dart'), ['--verbose', 'x'], reply.sendPort,
      onExit: exit.sendPort);
  final it = StreamIterator(reply);
  await it.moveNext();
  final [String greeting, List args, SendPort port] = it.current as List;
  print('$greeting $args');
  port.send({'text': 'abc', 'items': [1, 2, 3]});
  await it.moveNext();
  print(it.current);
  port.send(null);
  await exit.first;
  print('helper exited');
  await it.cancel();
}

// expect: hello from helper [--verbose, x]
// expect: {upper: ABC, n: 3}
// expect: helper exited
