// asFuture completes when the stream is done; onData can be replaced after listen.
import 'dart:async';

Future<void> main() async {
  var sub = Stream.fromIterable([1, 2]).listen(null);
  sub.onData((x) => print('late handler $x'));
  var v = await sub.asFuture('finished');
  print(v);
}
// expect: late handler 1
// expect: late handler 2
// expect: finished
