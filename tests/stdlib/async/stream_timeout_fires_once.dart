// Stream.timeout reports one timeout per quiet period, as in Dart (the countdown restarts on
// the next event, not by itself), and a `first` that fails by timeout lets the program end.
import 'dart:async';
void main() async {
  var c = StreamController<int>();
  c.stream.timeout(Duration(milliseconds: 40)).listen((e) => print('data $e'), onError: (e) => print('error ${e.runtimeType}'), onDone: () => print('done'));
  await Future.delayed(Duration(milliseconds: 150));
  c.add(1);
  c.add(2);
  await Future.delayed(Duration(milliseconds: 150));
  await c.close();
  var c2 = StreamController<int>();
  c2.stream.timeout(Duration(milliseconds: 40), onTimeout: (sink) { print('onTimeout'); sink.add(-1); }).listen((e) => print('data2 $e'), onDone: () => print('done2'));
  await Future.delayed(Duration(milliseconds: 150));
  await c2.close();
  try {
    await Stream<int>.fromFuture(Future.delayed(Duration(milliseconds: 300), () => 1))
        .timeout(Duration(milliseconds: 20))
        .first;
  } on TimeoutException catch (e) {
    print('timeout: ${e.message}');
  }
}
// expect: error TimeoutException
// expect: data 1
// expect: data 2
// expect: error TimeoutException
// expect: done
// expect: onTimeout
// expect: data2 -1
// expect: done2
// expect: timeout: No stream event
