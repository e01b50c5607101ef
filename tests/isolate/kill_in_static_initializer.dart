// kill(priority: immediate) also stops a loop inside a lazy static initializer.
// flags:
import 'dart:isolate';

int spinForever() {
  var i = 0;
  while (true) {
    i++;
  }
}

final int value = spinForever();

void compute(SendPort started) {
  started.send('initializing');
  print(value);
}

Future<void> main() async {
  var started = ReceivePort();
  var exited = ReceivePort();
  var isolate = await Isolate.spawn(compute, started.sendPort, onExit: exited.sendPort);
  print(await started.first);
  isolate.kill(priority: Isolate.immediate);
  await exited.first;
  print('stopped');
}
// expect: initializing
// expect: stopped
