// A ReceivePort is a single-subscription Stream: first, take, listen and close (onDone runs),
// asBroadcastStream with several readers, await for with break (which closes the port), and
// takeWhile/where/map chains, over messages from spawned producers.
// flags: --deterministic
// flags:
import 'dart:async';
import 'dart:isolate';

void producer(List args) {
  SendPort out = args[0];
  int n = args[1];
  for (var i = 0; i < n; i++) {
    out.send(i);
  }
  out.send('done');
}

Future<void> main() async {
  // first
  var p = ReceivePort();
  await Isolate.spawn(producer, [p.sendPort, 3]);
  print('first: ${await p.first}');
  // take
  p = ReceivePort();
  await Isolate.spawn(producer, [p.sendPort, 10]);
  print('take: ${await p.take(4).toList()}');
  // listen + close
  p = ReceivePort();
  await Isolate.spawn(producer, [p.sendPort, 5]);
  final got = <Object?>[];
  final done = Completer<void>();
  p.listen((m) {
    got.add(m);
    if (m == 'done') p.close();
  }, onDone: () {
    print('onDone called');
    done.complete();
  });
  await done.future;
  print('listen: $got');
  // asBroadcastStream
  p = ReceivePort();
  final b = p.asBroadcastStream();
  await Isolate.spawn(producer, [p.sendPort, 4]);
  print('bcast first: ${await b.first}');
  print('bcast next: ${await b.where((m) => m is int).take(2).toList()}');
  print('bcast rest: ${await b.firstWhere((m) => m == 'done')}');
  p.close();
  // await for with break
  p = ReceivePort();
  await Isolate.spawn(producer, [p.sendPort, 100]);
  var sum = 0;
  await for (final m in p) {
    if (m is int) sum += m;
    if (m == 20) break;
  }
  print('await for sum: $sum');
  // map/where on a ReceivePort
  p = ReceivePort();
  await Isolate.spawn(producer, [p.sendPort, 6]);
  final evens = await p.takeWhile((m) => m != 'done').where((m) => (m as int).isEven).map((m) => m * 10).toList();
  print('evens: $evens');
  // listening twice is an error
  p = ReceivePort();
  p.listen((_) {});
  try {
    p.listen((_) {});
  } catch (e) {
    print('second listen: $e');
  }
  p.close();
  // isBroadcast
  var rp = ReceivePort(); print(rp.isBroadcast); rp.close();
  print('main done');
}
// expect: first: 0
// expect: take: [0, 1, 2, 3]
// expect: onDone called
// expect: listen: [0, 1, 2, 3, 4, done]
// expect: bcast first: 0
// expect: bcast next: [1, 2]
// expect: bcast rest: done
// expect: await for sum: 210
// expect: evens: [0, 20, 40]
// expect: second listen: Bad state: Stream has already been listened to.
// expect: false
// expect: main done
