// Microtasks run before timers; futures complete in Dart's order.
import 'dart:async';

void main() {
  print('a');
  Future(() => print('future'));
  scheduleMicrotask(() => print('micro'));
  Future.value().then((_) => print('then'));
  Future.microtask(() => print('microtask ctor'));
  Timer.run(() => print('timer'));
  Future.sync(() => print('sync'));
  print('b');
}
// expect: a
// expect: sync
// expect: b
// expect: micro
// expect: then
// expect: microtask ctor
// expect: future
// expect: timer
