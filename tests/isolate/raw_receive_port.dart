// RawReceivePort: a handler per message; a port that does not keep the isolate alive lets the
// program end.
import 'dart:isolate';

void main() {
  var count = 0;
  late RawReceivePort port;
  port = RawReceivePort((message) {
    print('raw $message');
    if (++count == 2) port.close();
  });
  port.sendPort.send(1);
  port.sendPort.send(2);
  var idle = RawReceivePort((_) {});
  idle.keepIsolateAlive = false;
}
// expect: raw 1
// expect: raw 2
