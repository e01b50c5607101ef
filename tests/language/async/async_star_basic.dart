// async* bodies start when the stream is listened to and deliver each yield as an event.
Stream<int> numbers(int n) async* {
  print('body starts');
  for (var i = 0; i < n; i++) {
    yield i;
  }
  print('body ends');
}

Future<void> main() async {
  var s = numbers(3);
  print('created');
  await for (var x in s) {
    print('got $x');
  }
  print('done');
}
// expect: created
// expect: body starts
// expect: got 0
// expect: got 1
// expect: got 2
// expect: body ends
// expect: done
