// queens.dart: the Are We Fast Yet Queens benchmark in Dart, ported from the suite's versions
// (smarr/are-we-fast-yet, benchmarks/{JavaScript,Java}, MIT license, derived from the SOM
// benchmarks). Solves the eight queens problem ten times by backtracking.
// Measures recursion and indexed loads and stores in small bool lists.

import 'benchmark.dart';

class Queens extends Benchmark {
  List<bool> _freeMaxs = <bool>[];
  List<bool> _freeRows = <bool>[];
  List<bool> _freeMins = <bool>[];
  List<int> _queenRows = <int>[];

  @override
  Object benchmark() {
    var result = true;
    for (var i = 0; i < 10; i++) {
      result = result && queens();
    }
    return result;
  }

  @override
  bool verifyResult(Object result) => result as bool;

  bool queens() {
    _freeRows = List<bool>.filled(8, true);
    _freeMaxs = List<bool>.filled(16, true);
    _freeMins = List<bool>.filled(16, true);
    _queenRows = List<int>.filled(8, -1);

    return placeQueen(0);
  }

  bool placeQueen(int c) {
    for (var r = 0; r < 8; r++) {
      if (getRowColumn(r, c)) {
        _queenRows[r] = c;
        setRowColumn(r, c, false);

        if (c == 7) {
          return true;
        }

        if (placeQueen(c + 1)) {
          return true;
        }
        setRowColumn(r, c, true);
      }
    }
    return false;
  }

  bool getRowColumn(int r, int c) => _freeRows[r] && _freeMaxs[c + r] && _freeMins[c - r + 7];

  void setRowColumn(int r, int c, bool v) {
    _freeRows[r] = v;
    _freeMaxs[c + r] = v;
    _freeMins[c - r + 7] = v;
  }
}
