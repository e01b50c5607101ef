// Isolate.exit with a big result, closures capturing locals, spawn with a closure entry
// flags: --deterministic
// flags:
import 'dart:isolate';

class Stats {
  final int count;
  final double mean;
  final Map<String, List<int>> buckets;
  Stats(this.count, this.mean, this.buckets);
  @override
  String toString() => 'Stats(count: $count, mean: ${mean.toStringAsFixed(2)}, buckets: ${buckets.keys.toList()})';
}

void crunch((SendPort, List<int>) args) {
  final (reply, data) = args;
  final buckets = <String, List<int>>{};
  for (final x in data) {
    buckets.putIfAbsent(x.isEven ? 'even' : 'odd', () => []).add(x);
  }
  final big = List<int>.generate(200000, (i) => i * 3);
  Isolate.exit(reply, (Stats(data.length, data.reduce((a, b) => a + b) / data.length, buckets), big));
}

Future<void> main() async {
  final p = ReceivePort();
  await Isolate.spawn(crunch, (p.sendPort, [3, 8, 1, 6, 7]));
  final (Stats s, List<int> big) = await p.first as (Stats, List<int>);
  print(s);
  print(s.buckets);
  print('${big.length} ${big.last} ${big[1000]}');

  final factor = 7;
  final prefix = 'result';
  String fmt(int v) => '$prefix: ${v * factor}';
  final r = await Isolate.run(() => fmt(6));
  print(r);
  final adders = [for (var i = 1; i <= 3; i++) (int x) => x + i];
  final sums = await Isolate.run(() => adders.map((f) => f(10)).toList());
  print(sums);

  final q = ReceivePort();
  var counter = 100;
  await Isolate.spawn((SendPort out) {
    counter++;
    out.send(counter);
    out.send(fmt);
  }, q.sendPort);
  final msgs = await q.take(2).toList();
  print(msgs[0]);
  print((msgs[1] as String Function(int))(1));
  print('main counter still $counter');
}

// expect: Stats(count: 5, mean: 5.00, buckets: [odd, even])
// expect: {odd: [3, 1, 7], even: [8, 6]}
// expect: 200000 599997 3000
// expect: result: 42
// expect: [11, 12, 13]
// expect: 101
// expect: result: 7
// expect: main counter still 100
