// pipeline of 3 isolates: parse -> square -> format, then back to main
// flags: --deterministic
// flags:
import 'dart:isolate';

void stage(List<Object> args) {
  final String name = args[0] as String;
  final SendPort next = args[1] as SendPort;
  final SendPort setup = args[2] as SendPort;
  final port = ReceivePort();
  setup.send(port.sendPort);
  port.listen((msg) {
    if (msg == 'done') {
      next.send('done');
      port.close();
      return;
    }
    switch (name) {
      case 'parse':
        next.send(int.parse(msg as String));
      case 'square':
        next.send((msg as int) * msg);
      case 'format':
        next.send('value=${msg.toString().padLeft(4, '0')}');
    }
  });
}

Future<void> main() async {
  final results = ReceivePort();
  final setup = ReceivePort();
  final setupQ = setup.asBroadcastStream();
  await Isolate.spawn(stage, ['format', results.sendPort, setup.sendPort]);
  final SendPort fmt = await setupQ.first;
  await Isolate.spawn(stage, ['square', fmt, setup.sendPort]);
  final SendPort sq = await setupQ.first;
  await Isolate.spawn(stage, ['parse', sq, setup.sendPort], debugName: 'parser');
  final SendPort parse = await setupQ.first;
  setup.close();
  for (final s in ['1', '12', '7', '30']) {
    parse.send(s);
  }
  parse.send('done');
  await for (final r in results) {
    if (r == 'done') break;
    print(r);
  }
  print('pipeline finished');
}

// expect: value=0001
// expect: value=0144
// expect: value=0049
// expect: value=0900
// expect: pipeline finished
