#import('dart:isolate');

echo() {
  port.receive((msg, SendPort reply) {
    reply.send("I received: $msg");
  });
}

main() {
  SendPort sendPort = spawnFunction(echo);
  sendPort.call("Hello from main").then((reply) {
    print(reply);    // I received: Hello from main
  });
}
// The 2012 guide's call() example, verbatim: call's reply port keeps main alive until the
// reply comes.
// flags: --deterministic
// flags:
// expect: I received: Hello from main
