#import('dart:isolate');

childIsolate() {
  port.receive((msg, SendPort replyTo) {
    print('doing some work');
    if (replyTo != null) replyTo.send("shutdown");
  });
}

main() {
  SendPort sender = spawnFunction(childIsolate);
  ReceivePort receiver = new ReceivePort();
  receiver.receive((msg, _) {
    if (msg == 'shutdown') {
      print('shutting down');
      receiver.close();
    }
  });
  sender.send("do work please", receiver.toSendPort());
}
// The 2012 guide's coordination example, verbatim.
// flags: --deterministic
// flags:
// expect: doing some work
// expect: shutting down
