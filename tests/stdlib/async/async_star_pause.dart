// A paused subscription of an async* stream stops its body at the next yield (the body
// runs on to it: the pause comes after the yield that delivered the event).
import 'dart:async';

Stream<int> counter() async* {
  for (var i = 0; i < 5; i++) {
    print('yielding $i');
    yield i;
  }
}

Future<void> main() async {
  late StreamSubscription<int> sub;
  sub = counter().listen((x) {
    print('got $x');
    if (x == 1) {
      sub.pause();
      Timer(Duration(milliseconds: 2), () {
        print('resume');
        sub.resume();
      });
    }
  });
  await Future.delayed(Duration(milliseconds: 10));
}
// expect: yielding 0
// expect: got 0
// expect: yielding 1
// expect: got 1
// expect: yielding 2
// expect: resume
// expect: got 2
// expect: yielding 3
// expect: got 3
// expect: yielding 4
// expect: got 4
