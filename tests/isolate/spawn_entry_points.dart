// Any top-level or static function, closure or tear-off can be an entry point; spawn is
// generic in its message type.
// flags: --deterministic
// flags:
import 'dart:isolate';

class Worker {
  static void run(SendPort p) => p.send('static');
}

void topLevel(SendPort p) => p.send('top-level');

Future<void> main() async {
  var port = ReceivePort();
  await Isolate.spawn<SendPort>(topLevel, port.sendPort);
  await Isolate.spawn(Worker.run, port.sendPort);
  var prefix = 'closure';
  await Isolate.spawn((SendPort p) => p.send(prefix), port.sendPort);
  var got = <String>[];
  await for (var m in port) {
    got.add(m);
    if (got.length == 3) break;
  }
  got.sort();
  print(got);
}
// expect: [closure, static, top-level]
