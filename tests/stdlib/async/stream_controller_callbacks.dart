// onListen, onPause, onResume and onCancel; hasListener and isPaused; a second listen fails.
import 'dart:async';

Future<void> main() async {
  late StreamController<int> c;
  c = StreamController<int>(
      onListen: () => print('listen'),
      onPause: () => print('pause'),
      onResume: () => print('resume'),
      onCancel: () => print('cancel'));
  print(c.hasListener);
  var sub = c.stream.listen((x) => print('x $x'));
  print(c.hasListener);
  sub.pause();
  print(c.isPaused);
  sub.resume();
  c.add(1);
  await Future.delayed(Duration.zero);
  try {
    c.stream.listen(null);
  } catch (e) {
    print(e);
  }
  await sub.cancel();
  print(c.hasListener);
}
// expect: false
// expect: listen
// expect: true
// expect: pause
// expect: true
// expect: resume
// expect: x 1
// expect: Bad state: Stream has already been listened to.
// expect: cancel
// expect: false
