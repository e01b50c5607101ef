// Throws after a turn of the event loop, with the spawner listening for errors and exit.
import 'dart:async';

void main(List<String> args, Object? message) {
  Timer.run(() => throw StateError('child failed: $message'));
}
