// An isolate started by Isolate.spawn that runs out of heap gets Dart's OutOfMemoryError, like
// the main isolate, and its error listener hears "Out of Memory" (once it heard `false`: a
// spawned isolate had no preallocated error to throw). The main isolate lives on.
// flags: --max-heap=64
import 'dart:isolate';

void fill(Object? _) {
  var chunks = [];
  while (true) chunks.add(List.filled(1 << 20, 0));
}

void catchIt(SendPort reply) {
  try {
    fill(null);
  } catch (e) {
    reply.send('${e.runtimeType}: $e');
  }
}

void main() async {
  var errors = ReceivePort();
  await Isolate.spawn(fill, null, onError: errors.sendPort, errorsAreFatal: true);
  var error = await errors.first as List;
  print(error[0]);
  // expect: Out of Memory
  var replies = ReceivePort();
  await Isolate.spawn(catchIt, replies.sendPort);
  print(await replies.first);
  // expect: OutOfMemoryError: Out of Memory
  print('main alive');
  // expect: main alive
}
