// runZonedGuarded catches synchronous errors and errors of futures and timers started in it.
import 'dart:async';

void main() {
  runZonedGuarded(() {
    Future.error('future error');
    Timer.run(() => throw 'timer error');
    scheduleMicrotask(() => throw 'microtask error');
    throw 'sync error';
  }, (e, s) {
    print('caught $e');
  });
  var v = runZonedGuarded(() => 42, (e, s) {});
  print(v);
}
// expect: caught sync error
// expect: 42
// expect: caught future error
// expect: caught microtask error
// expect: caught timer error
