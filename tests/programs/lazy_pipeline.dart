// Lazy iterable pipelines: evaluation order and short-circuiting of map/where/take/skip/expand/followedBy, re-evaluation on each iteration, sync* generators that log as they go.
final log = <String>[];

Iterable<int> naturals() sync* {
  var n = 0;
  while (true) {
    log.add('gen $n');
    yield n++;
  }
}

Iterable<String> words(String text) sync* {
  for (final w in text.split(' ')) {
    if (w.isEmpty) continue;
    log.add('word $w');
    yield w;
  }
}

void main() {
  final evens = naturals().where((n) {
    log.add('test $n');
    return n.isEven;
  }).map((n) {
    log.add('map $n');
    return n * n;
  });
  print(evens.take(3).toList());
  print(log);
  log.clear();

  print(evens.skip(1).first);
  print(log.length);
  log.clear();

  final list = [3, 1, 4, 1, 5, 9, 2, 6];
  var calls = 0;
  final mapped = list.map((x) {
    calls++;
    return x * 10;
  });
  print(mapped.length);
  print(calls);
  print(mapped.elementAt(3));
  print(calls);
  mapped.toList();
  mapped.toList();
  print(calls);

  print(list.where((x) => x > 3).firstWhere((x) => x.isOdd));
  print(words('the  quick brown fox').map((w) => w.length).takeWhile((l) => l < 5).toList());
  print(log);
  log.clear();

  final chained = [1, 2].followedBy(naturals().skip(10)).take(4);
  print(chained.toList());
  print(log);
  log.clear();

  final expanded = [1, 2, 3].expand((n) {
    log.add('expand $n');
    return List.filled(n, n);
  });
  print(expanded.take(3).toList());
  print(log);
  log.clear();

  final gen = Iterable.generate(5, (i) {
    log.add('g$i');
    return i;
  });
  print(gen.last);
  print(gen.elementAt(2));
  print(log);
  print(gen.skipWhile((i) => i < 3).toList());
  final sum = naturals().take(1000).fold(0, (a, b) => a + b);
  print(sum);
  print(naturals().any((n) => n > 5));
  print(naturals().map((n) => n * 3).firstWhere((n) => n % 7 == 0 && n > 0));
  print(Iterable.generate(3).map((i) => 'x$i').join('-'));
  final it = naturals().iterator;
  for (var i = 0; i < 3; i++) {
    it.moveNext();
  }
  print(it.current);
  print([for (final n in naturals().where((n) => n % 5 == 0).take(4)) n]);
}

// expect: [0, 4, 16]
// expect: [gen 0, test 0, map 0, gen 1, test 1, gen 2, test 2, map 2, gen 3, test 3, gen 4, test 4, map 4]
// expect: 4
// expect: 8
// expect: 8
// expect: 0
// expect: 10
// expect: 1
// expect: 17
// expect: 5
// expect: [3]
// expect: [word the, word quick]
// expect: [1, 2, 10, 11]
// expect: [gen 0, gen 1, gen 2, gen 3, gen 4, gen 5, gen 6, gen 7, gen 8, gen 9, gen 10, gen 11]
// expect: [1, 2, 2]
// expect: [expand 1, expand 2]
// expect: 4
// expect: 2
// expect: [g4, g2]
// expect: [3, 4]
// expect: 499500
// expect: true
// expect: 21
// expect: x0-x1-x2
// expect: 2
// expect: [0, 5, 10, 15]
