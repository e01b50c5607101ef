// Messages from one sender to one port arrive once each, in order.
// flags: --deterministic
// flags:
import 'dart:isolate';

void producer(SendPort out) {
  for (var i = 0; i < 1000; i++) {
    out.send(i);
  }
  out.send('done');
}

Future<void> main() async {
  var port = ReceivePort();
  await Isolate.spawn(producer, port.sendPort);
  var expected = 0;
  var inOrder = true;
  await for (var m in port) {
    if (m == 'done') break;
    if (m != expected) inOrder = false;
    expected++;
  }
  print('$expected $inOrder');
}
// expect: 1000 true
