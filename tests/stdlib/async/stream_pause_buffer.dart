// A paused subscription buffers events and delivers them after resume.
import 'dart:async';

Future<void> main() async {
  var c = StreamController<int>();
  var sub = c.stream.listen((x) => print('x $x'));
  sub.pause();
  c.add(1);
  c.add(2);
  await Future.delayed(Duration(milliseconds: 1));
  print('resuming');
  sub.resume();
  await Future.delayed(Duration(milliseconds: 1));
  await c.close();
  print('closed');
}
// expect: resuming
// expect: x 1
// expect: x 2
// expect: closed
