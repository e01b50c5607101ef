import 'dart:isolate';

void main(List<String> args, SendPort reply) {
  final port = ReceivePort();
  reply.send(['hello from helper', args, port.sendPort]);
  port.listen((msg) {
    if (msg == null) {
      port.close();
      return;
    }
    final m = msg as Map<String, Object?>;
    reply.send({'upper': (m['text'] as String).toUpperCase(), 'n': (m['items'] as List).length});
  });
}
