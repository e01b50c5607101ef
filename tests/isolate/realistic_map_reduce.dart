// map-reduce with Isolate.run and Future.wait, custom exception rethrown
// flags: --deterministic
// flags:
import 'dart:isolate';

class ChunkError implements Exception {
  final int chunk;
  ChunkError(this.chunk);
  @override
  String toString() => 'ChunkError: bad chunk $chunk';
}

int sumSquares(List<int> xs) => xs.fold(0, (a, b) => a + b * b);

Future<void> main() async {
  final data = List<int>.generate(1000, (i) => i);
  final chunks = <List<int>>[];
  for (var i = 0; i < data.length; i += 250) {
    chunks.add(data.sublist(i, i + 250));
  }
  final parts = await Future.wait(chunks.map((c) => Isolate.run(() => sumSquares(c))));
  print(parts);
  print(parts.reduce((a, b) => a + b));
  try {
    await Isolate.run<int>(() => throw ChunkError(3));
  } on ChunkError catch (e) {
    print('caught ${e.runtimeType}: $e (chunk ${e.chunk})');
  }
  try {
    await Future.wait([
      Isolate.run(() => 1),
      Isolate.run<int>(() async {
        await Future.delayed(const Duration(milliseconds: 5));
        throw StateError('async failure');
      }),
    ]);
  } catch (e) {
    print('wait failed: $e');
  }
  final words = await Isolate.run(() {
    final m = <String, List<int>>{};
    const text = 'a bb a ccc bb a';
    var pos = 0;
    for (final w in text.split(' ')) {
      m.putIfAbsent(w, () => []).add(pos++);
    }
    return m;
  });
  print(words);
  print(words['a']!.length);
}

// expect: [5177125, 36364625, 98802125, 192489625]
// expect: 332833500
// expect: caught ChunkError: ChunkError: bad chunk 3 (chunk 3)
// expect: wait failed: Bad state: async failure
// expect: {a: [0, 2, 5], bb: [1, 4], ccc: [3]}
// expect: 3
