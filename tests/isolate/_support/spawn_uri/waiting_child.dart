// Stays alive on a port until told to stop (or killed); answers 'ping' messages.
import 'dart:isolate';

void main(List<String> args, SendPort reply) {
  var port = ReceivePort();
  reply.send(port.sendPort);
  port.listen((message) {
    if (message == 'stop') {
      port.close();
    } else {
      reply.send('child got $message');
    }
  });
}
