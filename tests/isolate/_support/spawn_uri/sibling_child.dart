// Two groups loaded from this one URI share a Program but are still two groups: a class
// instance may not go from one to the other.
import 'dart:isolate';

class Local {}

void main(List<String> args, SendPort parent) {
  var port = ReceivePort();
  parent.send(port.sendPort);
  port.listen((message) {
    if (message is SendPort) {
      try {
        message.send(Local());
        parent.send('${args[0]}: instance sent');
      } on ArgumentError {
        parent.send('${args[0]}: instance refused');
      }
      message.send('hello from ${args[0]}');
    } else {
      parent.send('${args[0]} got: $message');
      port.close();
    }
  });
}
