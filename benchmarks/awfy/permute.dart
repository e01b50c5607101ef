// permute.dart: the Are We Fast Yet Permute benchmark in Dart, ported from the suite's versions
// (smarr/are-we-fast-yet, benchmarks/{JavaScript,Java}, MIT license, derived from the SOM
// benchmarks). Generates all permutations of six elements recursively and counts the calls.
// Measures recursion and small-array element swaps.

import 'benchmark.dart';

class Permute extends Benchmark {
  int _count = 0;
  List<int> _v = <int>[];

  @override
  Object benchmark() {
    _count = 0;
    _v = List<int>.filled(6, 0);
    _permute(6);
    return _count;
  }

  @override
  bool verifyResult(Object result) => result == 8660;

  void _permute(int n) {
    _count += 1;
    if (n != 0) {
      final n1 = n - 1;
      _permute(n1);
      for (var i = n1; i >= 0; i -= 1) {
        _swap(n1, i);
        _permute(n1);
        _swap(n1, i);
      }
    }
  }

  void _swap(int i, int j) {
    final tmp = _v[i];
    _v[i] = _v[j];
    _v[j] = tmp;
  }
}
