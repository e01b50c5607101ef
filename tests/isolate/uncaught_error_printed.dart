// An uncaught error in a spawned isolate without listeners is printed to stderr with the
// isolate's name; the main isolate goes on.
// flags: --deterministic
import 'dart:isolate';

void failing(int n) {
  throw 'worker failed with $n';
}

Future<void> main() async {
  var exited = ReceivePort();
  await Isolate.spawn(failing, 7, debugName: 'cruncher', onExit: exited.sendPort);
  await exited.first;
  print('main continues');
}
// expect: main continues
