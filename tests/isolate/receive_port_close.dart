// Closing a ReceivePort ends its stream; messages sent afterwards are dropped.
import 'dart:isolate';

Future<void> main() async {
  var port = ReceivePort();
  var done = port.toList();
  port.sendPort.send('a');
  await Future.delayed(Duration.zero);
  port.close();
  port.sendPort.send('dropped');
  print(await done);
  var fromRaw = ReceivePort.fromRawReceivePort(RawReceivePort());
  fromRaw.sendPort.send('via raw');
  print(await fromRaw.first);
}
// expect: [a]
// expect: via raw
