#import('dart:isolate');

runInIsolate() {
  print("hello from an isolate!");
}

main() {
  spawnFunction(runInIsolate);

  // Note: incomplete.
  // Use a ReceivePort (details below) to keep the main isolate alive
  // long enough for runInIsolate to perform its work.
}
// The 2012 guide's first spawnFunction example, verbatim. As the guide says, main does not
// wait: the VM ends with the main isolate, so in --deterministic mode (one thread, the main
// isolate's turn first) the child never gets to print.
// flags: --deterministic
