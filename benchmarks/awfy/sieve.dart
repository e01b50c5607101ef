// sieve.dart: the Are We Fast Yet Sieve benchmark in Dart, ported from the suite's versions
// (smarr/are-we-fast-yet, benchmarks/{JavaScript,Java}, MIT license, derived from the SOM
// benchmarks). Counts the primes up to 5000 with the sieve of Eratosthenes.
// Measures loops and indexed stores into a bool list.

import 'benchmark.dart';

class Sieve extends Benchmark {
  @override
  Object benchmark() {
    final flags = List<bool>.filled(5000, true);
    return sieve(flags, 5000);
  }

  int sieve(List<bool> flags, int size) {
    var primeCount = 0;

    for (var i = 2; i <= size; i++) {
      if (flags[i - 1]) {
        primeCount += 1;
        var k = i + i;
        while (k <= size) {
          flags[k - 1] = false;
          k += i;
        }
      }
    }
    return primeCount;
  }

  @override
  bool verifyResult(Object result) => result == 669;
}
