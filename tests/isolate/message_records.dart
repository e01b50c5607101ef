// Records cross isolates (Isolate.spawn, SendPort.send, Isolate.run) as copies with their
// shape and fields: equal to the original, usable as map keys, and nested records copied too.
// flags: --deterministic
// flags:
import 'dart:isolate';

void echo(SendPort reply) {
  var port = ReceivePort();
  reply.send(port.sendPort);
  port.listen((message) {
    var record = message as (int, String, {List<int> tag});
    var a = record.$1;
    reply.send((record.$2, a, tag: [...record.tag, a], nested: (message, [message])));
    port.close();
  });
}

Future<void> main() async {
  var replies = ReceivePort();
  await Isolate.spawn(echo, replies.sendPort);
  var stream = replies.asBroadcastStream();
  var send = await stream.first as SendPort;
  var original = (7, 'seven', tag: [1, 2]);
  send.send(original);
  var back = await stream.first;
  print(back);
  print(back.nested.$1 == (7, 'seven', tag: [1, 2]));
  print(identical(back.nested.$1, back.nested.$2[0]));
  replies.close();
  var run = await Isolate.run(() => (x: 1, y: (2.5, null)));
  print(run);
  print(run == (x: 1, y: (2.5, null)));
  print({run: 'found'}[(y: (2.5, null), x: 1)]);
}
// expect: (seven, 7, nested: ((7, seven, tag: [1, 2]), [(7, seven, tag: [1, 2])]), tag: [1, 2, 7])
// expect: false
// expect: true
// expect: (x: 1, y: (2.5, null))
// expect: true
// expect: found
