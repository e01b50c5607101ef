// await for over a StreamController's stream, with events added before and after listening.
import 'dart:async';

Future<void> main() async {
  var c = StreamController<int>();
  c.add(1);
  c.add(2);
  Timer(Duration(milliseconds: 1), () {
    c.add(3);
    c.close();
  });
  var sum = 0;
  await for (var x in c.stream) {
    print('x $x');
    sum += x;
  }
  print('sum $sum');
}
// expect: x 1
// expect: x 2
// expect: x 3
// expect: sum 6
