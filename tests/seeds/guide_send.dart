#import('dart:isolate');

echo() {
  // receive messages here, see next section
}

main() {
  SendPort sendPort = spawnFunction(echo);
  sendPort.send("Hello from main");

  // Note: incomplete.
  // Use a ReceivePort (details below) to keep the main isolate alive
  // long enough for echo to perform its work.
}
// The 2012 guide's send example, verbatim: it prints nothing.
// flags: --deterministic
// flags:
