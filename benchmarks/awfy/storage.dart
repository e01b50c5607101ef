// storage.dart: the Are We Fast Yet Storage benchmark in Dart, ported from the suite's versions
// (smarr/are-we-fast-yet, benchmarks/{JavaScript,Java}, MIT license, derived from the SOM
// benchmarks). Builds a tree of lists, four children per node and depth 7, with
// leaves of random length. Measures allocation of fixed-length lists and the GC.

import 'benchmark.dart';
import 'som.dart';

class Storage extends Benchmark {
  int _count = 0;

  @override
  Object benchmark() {
    final random = Random();
    _count = 0;
    _buildTreeDepth(7, random);
    return _count;
  }

  @override
  bool verifyResult(Object result) => result == 5461;

  Object _buildTreeDepth(int depth, Random random) {
    _count += 1;
    if (depth == 1) {
      return List<Object?>.filled(random.next() % 10 + 1, null);
    }
    final arr = List<Object?>.filled(4, null);
    for (var i = 0; i < 4; i++) {
      arr[i] = _buildTreeDepth(depth - 1, random);
    }
    return arr;
  }
}
