#import('dart:isolate');

echo() {
  port.receive((msg, SendPort reply) {
    print("I received: $msg");
  });
}

main() {
  SendPort sendPort = spawnFunction(echo);
  sendPort.send("Hello from main");

  // Note: incomplete.
  // Use a ReceivePort (details below) to keep the main isolate alive
  // long enough for runInIsolate to perform its work.
}
// The 2012 guide's receive example, verbatim. Main ends right after sending, and with it the
// VM, before the child handles the message (--deterministic runs the main isolate first).
// flags: --deterministic
