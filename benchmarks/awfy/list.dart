// list.dart: the Are We Fast Yet List benchmark in Dart, ported from the suite's versions
// (smarr/are-we-fast-yet, benchmarks/{JavaScript,Java}, MIT license, derived from the SOM
// benchmarks). Builds linked lists and runs the recursive Takeuchi-like `tail` on them.
// Measures recursion, null tests and pointer chasing. The benchmark is selected as "List"; its
// class is ListBenchmark because a top-level `List` would hide dart:core's List in the
// one-file script that tools/bench builds.

import 'benchmark.dart';

class Element {
  final int val;
  Element? next;

  Element(this.val);

  int length() {
    final n = next;
    if (n == null) {
      return 1;
    }
    return 1 + n.length();
  }
}

class ListBenchmark extends Benchmark {
  @override
  Object benchmark() {
    final result = tail(makeList(15), makeList(10), makeList(6));
    return result!.length();
  }

  Element? makeList(int length) {
    if (length == 0) {
      return null;
    }
    final e = Element(length);
    e.next = makeList(length - 1);
    return e;
  }

  bool isShorterThan(Element? x, Element? y) {
    var xTail = x;
    var yTail = y;

    while (yTail != null) {
      if (xTail == null) {
        return true;
      }
      xTail = xTail.next;
      yTail = yTail.next;
    }
    return false;
  }

  Element? tail(Element? x, Element? y, Element? z) {
    if (isShorterThan(y, x)) {
      return tail(tail(x!.next, y, z), tail(y!.next, z, x), tail(z!.next, x, y));
    }
    return z;
  }

  @override
  bool verifyResult(Object result) => result == 10;
}
