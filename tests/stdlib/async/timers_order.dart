// Timers fire by deadline, then by creation; microtasks scheduled by a timer run before the
// next timer.
// skip under gc-stress: deadlines are wall-clock times, and collecting at every allocation
// makes main run past them between creating one timer and the next
import 'dart:async';

void main() {
  Timer(Duration(milliseconds: 20), () => print('20ms'));
  Timer(Duration(milliseconds: 5), () {
    print('5ms');
    scheduleMicrotask(() => print('micro after 5ms'));
  });
  Timer(Duration.zero, () => print('zero a'));
  Timer(Duration.zero, () => print('zero b'));
  Future.delayed(Duration(milliseconds: 10), () => print('delayed 10ms'));
}
// expect: zero a
// expect: zero b
// expect: 5ms
// expect: micro after 5ms
// expect: delayed 10ms
// expect: 20ms
