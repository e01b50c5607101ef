// Timer.periodic calls back until cancelled; tick counts the periods that passed (at least one
// per call, more when the isolate was late); isActive follows cancel.
import 'dart:async';

void main() {
  var calls = 0;
  var lastTick = 0;
  var t = Timer.periodic(Duration(milliseconds: 2), (timer) {
    calls++;
    print('call $calls, tick advanced: ${timer.tick > lastTick}');
    lastTick = timer.tick;
    if (calls == 3) {
      timer.cancel();
      print('active ${timer.isActive}');
    }
  });
  print('active ${t.isActive}');
  var once = Timer(Duration(milliseconds: 1), () => print('never'));
  once.cancel();
  print('cancelled ${once.isActive}');
}
// expect: active true
// expect: cancelled false
// expect: call 1, tick advanced: true
// expect: call 2, tick advanced: true
// expect: call 3, tick advanced: true
// expect: active false
