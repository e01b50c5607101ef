// mandelbrot.dart: the Are We Fast Yet Mandelbrot benchmark in Dart, ported from the suite's
// versions (smarr/are-we-fast-yet, benchmarks/{JavaScript,Lua}). Derived from The Computer
// Language Benchmarks Game (Copyright (c) 2004-2013 Brent Fulgham, BSD license; contributed by
// Karl von Laudermann, modified by Jeremy Echols, Detlef Reichl, Joseph LaFata, Peter Zotov).
// The inner iteration count is the image size; the result is an xor of the output bytes.
// Measures double arithmetic in tight loops and int bit operations.

import 'benchmark.dart';

class Mandelbrot extends Benchmark {
  @override
  bool innerBenchmarkLoop(int innerIterations) =>
      _verify(mandelbrot(innerIterations), innerIterations);

  bool _verify(int result, int innerIterations) {
    if (innerIterations == 500) {
      return result == 191;
    }
    if (innerIterations == 750) {
      return result == 50;
    }
    if (innerIterations == 1) {
      return result == 128;
    }
    print('No verification result for $innerIterations found');
    print('Result is: $result');
    return false;
  }

  int mandelbrot(int size) {
    var sum = 0;
    var byteAcc = 0;
    var bitNum = 0;

    var y = 0;

    while (y < size) {
      final ci = (2.0 * y / size) - 1.0;
      var x = 0;

      while (x < size) {
        var zr = 0.0;
        var zrzr = 0.0;
        var zi = 0.0;
        var zizi = 0.0;
        final cr = (2.0 * x / size) - 1.5;

        var z = 0;
        var escape = 0;
        while (z < 50) {
          zr = zrzr - zizi + cr;
          zi = 2.0 * zr * zi + ci;

          // Preserve recalculation.
          zrzr = zr * zr;
          zizi = zi * zi;

          if (zrzr + zizi > 4.0) {
            escape = 1;
            break;
          }
          z += 1;
        }

        byteAcc = (byteAcc << 1) | escape;
        bitNum += 1;

        // Code is very similar for these cases, but using separate blocks
        // ensures we skip the shifting when it's unnecessary, which is most cases.
        if (bitNum == 8) {
          sum ^= byteAcc;
          byteAcc = 0;
          bitNum = 0;
        } else if (x == size - 1) {
          byteAcc <<= (8 - bitNum);
          sum ^= byteAcc;
          byteAcc = 0;
          bitNum = 0;
        }
        x += 1;
      }
      y += 1;
    }
    return sum;
  }

  @override
  Object benchmark() {
    throw StateError('Mandelbrot overrides innerBenchmarkLoop; benchmark() is never called');
  }

  @override
  bool verifyResult(Object result) {
    throw StateError('Mandelbrot overrides innerBenchmarkLoop; verifyResult() is never called');
  }
}
