// Timer.periodic ticks until cancelled; isActive and tick follow.
import 'dart:async';

void main() {
  var t = Timer.periodic(Duration(milliseconds: 2), (timer) {
    print('tick ${timer.tick}');
    if (timer.tick == 3) {
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
// expect: tick 1
// expect: tick 2
// expect: tick 3
// expect: active false
