// Error events reach onError (with or without the stack trace); cancelOnError stops there;
// an error without onError is unhandled... in handleError it is caught.
import 'dart:async';

Future<void> main() async {
  var c = StreamController<int>();
  c.stream.listen((x) => print('x $x'), onError: (e) => print('error $e'));
  c.add(1);
  c.addError('oops');
  c.add(2);
  await c.close();
  var d = StreamController<int>();
  d.stream.listen((x) => print('d $x'),
      onError: (e, s) => print('d error $e'), onDone: () => print('d done'), cancelOnError: true);
  d.add(1);
  d.addError('stop');
  d.add(2);
  await Future.delayed(Duration(milliseconds: 1));
  var handled = await Stream<int>.error('bad').handleError((e) => print('handled $e')).toList();
  print(handled);
}
// expect: x 1
// expect: error oops
// expect: x 2
// expect: d 1
// expect: d error stop
// expect: handled bad
// expect: []
