// A sync controller delivers each event at once, inside add.
import 'dart:async';

void main() {
  var c = StreamController<String>(sync: true);
  c.stream.listen((x) => print('got $x'));
  print('before');
  c.add('a');
  print('between');
  c.add('b');
  print('after');
}
// expect: before
// expect: got a
// expect: between
// expect: got b
// expect: after
