// An Isolate object cannot be sent (its control port and capabilities can); a user class that
// happens to share a name with an unsendable dart: class can.
import 'dart:isolate';

class _Future {
  final int value = 7;
}

void main() async {
  var port = ReceivePort();
  try {
    port.sendPort.send(Isolate.current);
  } on ArgumentError catch (e) {
    print(e.message.toString().split(' (').first);
    // expect: Illegal argument in isolate message: object is unsendable - Library:'dart:isolate' Class: Isolate
  }
  var current = Isolate.current;
  port.sendPort.send([current.controlPort, current.pauseCapability, current.terminateCapability]);
  port.sendPort.send(_Future());
  var received = port.take(2).toList();
  var messages = await received;
  var parts = messages[0] as List;
  var copy = Isolate(parts[0], pauseCapability: parts[1], terminateCapability: parts[2]);
  print(copy.controlPort == current.controlPort); // expect: true
  print((messages[1] as _Future).value); // expect: 7
}
