// nested_and_many.dart's spawnUri child: answers each message with its args, until 'quit'.
import 'dart:isolate';

void main(List<String> args, SendPort reply) {
  final inbox = ReceivePort();
  reply.send(['ready', args, inbox.sendPort]);
  inbox.listen((m) {
    if (m == 'quit') {
      inbox.close();
      return;
    }
    reply.send('child got $m (${args.join(",")})');
  });
}
