// ReceivePort as a stream: take(n).toList, listen + cancel, where/map, asBroadcastStream
// flags: --deterministic
// flags:
import 'dart:async';
import 'dart:isolate';

void counter(List<Object> args) {
  final SendPort out = args[0] as SendPort;
  final int n = args[1] as int;
  for (var i = 1; i <= n; i++) {
    out.send(i);
  }
}

Future<void> main() async {
  final p1 = ReceivePort();
  await Isolate.spawn(counter, [p1.sendPort, 10]);
  final firstFive = await p1.take(5).toList();
  print(firstFive);

  final p2 = ReceivePort();
  await Isolate.spawn(counter, [p2.sendPort, 10]);
  final evens = await p2.where((x) => (x as int).isEven).map((x) => 'e$x').take(3).toList();
  print(evens);

  final p3 = ReceivePort();
  final done = Completer<int>();
  var total = 0;
  late StreamSubscription sub;
  sub = p3.listen((x) {
    total += x as int;
    if (total > 20) {
      sub.cancel();
      done.complete(total);
    }
  }, onDone: () => print('never done'));
  await Isolate.spawn(counter, [p3.sendPort, 100]);
  print('total ${await done.future}');

  final p4 = ReceivePort();
  final b = p4.asBroadcastStream();
  await Isolate.spawn(counter, [p4.sendPort, 3]);
  final a = await b.first;
  final rest = await b.take(2).toList();
  print('$a $rest');
  p4.close();

  final p5 = ReceivePort();
  await Isolate.spawn(counter, [p5.sendPort, 4]);
  var seen = 0;
  await for (final x in p5) {
    seen++;
    if (x == 4) break;
  }
  print('seen $seen');
}

// expect: [1, 2, 3, 4, 5]
// expect: [e2, e4, e6]
// expect: total 21
// expect: 1 [2, 3]
// expect: seen 4
