// Messages keep their values: numbers, strings, lists (fixed-length and growable), maps and
// sets in insertion order, nested collections, and typed data.
// flags: --deterministic
// flags:
import 'dart:async';
import 'dart:isolate';
import 'dart:typed_data';

void echo(SendPort reply) {
  var port = ReceivePort();
  reply.send(port.sendPort);
  port.listen((message) {
    reply.send(message);
    port.close();
  });
}

Future<void> main() async {
  var replies = ReceivePort();
  await Isolate.spawn(echo, replies.sendPort);
  var it = StreamIterator(replies);
  await it.moveNext();
  SendPort echoPort = it.current;
  var fixed = List<int>.filled(2, 7);
  var message = [
    1, 2.5, 'text', true, null, 1 << 40,
    fixed,
    [1, 2],
    {'b': 1, 'a': 2},
    {3, 1, 2},
    Uint8List.fromList([1, 2, 255]),
  ];
  echoPort.send(message);
  await it.moveNext();
  List got = it.current;
  print(got.sublist(0, 6));
  print(got[6]);
  try {
    got[6].add(1);
  } catch (e) {
    print('fixed-length: $e');
  }
  got[7].add(3);
  print(got[7]);
  print(got[8]);
  print(got[9]);
  print(got[10].runtimeType);
  print(got[10]);
  replies.close();
}
// expect: [1, 2.5, text, true, null, 1099511627776]
// expect: [7, 7]
// expect: fixed-length: Unsupported operation: Cannot add to a fixed-length list
// expect: [1, 2, 3]
// expect: {b: 1, a: 2}
// expect: {3, 1, 2}
// expect: Uint8List
// expect: [1, 2, 255]
