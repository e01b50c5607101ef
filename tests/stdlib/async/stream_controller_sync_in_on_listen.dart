// Events added from onListen wait until listen has returned, even with a sync controller or
// MultiStreamController.addSync, as in Dart (onListen runs as a callback of the new
// subscription); a broadcast controller's sync events go out at once.
import 'dart:async';

Future<void> main() async {
  late StreamSubscription<int> sub;
  final c = StreamController<int>(sync: true);
  c.onListen = () {
    c.add(1);
    print('added in onListen');
  };
  sub = c.stream.listen((v) => print('got $v, sub set: ${sub.hashCode == sub.hashCode}'));
  print('listen returned');
  c.add(2);
  await Future.delayed(Duration.zero);

  final multi = Stream<int>.multi((m) {
    m.addSync(10);
    m.closeSync();
  });
  print(await multi.toList());
  print(await multi.map((x) => x + 1).first);

  final b = StreamController<int>.broadcast(sync: true);
  b.onListen = () => b.add(7);
  b.stream.listen((v) => print('broadcast got $v'));
  print('broadcast listen returned');
}
// expect: added in onListen
// expect: listen returned
// expect: got 1, sub set: true
// expect: got 2, sub set: true
// expect: [10]
// expect: 11
// expect: broadcast got 7
// expect: broadcast listen returned
