// Completer: complete, completeError, isCompleted, completing twice, and Completer.sync.
import 'dart:async';

Future<void> main() async {
  var c = Completer<String>();
  print(c.isCompleted);
  Timer(Duration(milliseconds: 1), () => c.complete('done'));
  print(await c.future);
  print(c.isCompleted);
  try {
    c.complete('again');
  } catch (e) {
    print(e);
  }
  var e = Completer<int>();
  e.completeError(FormatException('nope'));
  try {
    await e.future;
  } catch (err) {
    print('error $err');
  }
  var s = Completer<int>.sync();
  s.future.then((v) => print('sync then $v'));
  s.complete(7);
  print('after complete');
  var a = Completer<int>();
  a.future.then((v) => print('async then $v'));
  a.complete(8);
  print('after async complete');
}
// expect: false
// expect: done
// expect: true
// expect: Bad state: Future already completed
// expect: error FormatException: nope
// expect: sync then 7
// expect: after complete
// expect: after async complete
// expect: async then 8
