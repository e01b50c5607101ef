// asBroadcastStream subscribes to the source at the first listen and keeps that subscription;
// onListen and onCancel get a wrapper that can pause, resume or cancel it (not change its
// handlers). Once cancelled, later listeners get only a done event.
import 'dart:async';

Stream<int> ticks() async* {
  try {
    for (var i = 0; i < 100; i++) {
      await Future.delayed(Duration(milliseconds: 1));
      yield i;
    }
  } finally {
    print('source cancelled');
  }
}

Future<void> main() async {
  var listens = 0;
  final b = ticks().asBroadcastStream(onListen: (s) {
    listens++;
    print('onListen paused=${s.isPaused}');
  }, onCancel: (s) {
    print('onCancel');
    try {
      s.onData(null);
    } on UnsupportedError catch (e) {
      print(e);
    }
    s.cancel();
  });
  print(b.isBroadcast);
  print(await b.take(2).toList());
  await Future.delayed(Duration(milliseconds: 5));
  print(await b.toList());
  print(listens);

  final plain = Stream.fromIterable([1, 2, 3]).asBroadcastStream();
  print(await plain.first);
  print(await plain.toList());
}
// expect: true
// expect: onListen paused=false
// expect: onCancel
// expect: Unsupported operation: Cannot change handlers of asBroadcastStream source subscription.
// expect: [0, 1]
// expect: source cancelled
// expect: []
// expect: 1
// expect: 1
// expect: [2, 3]
