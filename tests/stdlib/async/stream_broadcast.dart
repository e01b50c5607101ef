// A broadcast controller delivers each event to every current listener.
import 'dart:async';

Future<void> main() async {
  var c = StreamController<int>.broadcast();
  print(c.stream.isBroadcast);
  c.add(0);
  var a = c.stream.listen((x) => print('a $x'));
  c.stream.listen((x) => print('b $x'), onDone: () => print('b done'));
  c.add(1);
  await Future.delayed(Duration.zero);
  await a.cancel();
  c.add(2);
  await c.close();
}
// expect: true
// expect: a 1
// expect: b 1
// expect: b 2
// expect: b done
