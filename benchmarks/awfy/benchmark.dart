// benchmark.dart: the base class of every Are We Fast Yet benchmark, ported from the suite's
// Benchmark (smarr/are-we-fast-yet, MIT license). The harness calls innerBenchmarkLoop and
// times it; a benchmark either implements benchmark() and verifyResult(), or overrides
// innerBenchmarkLoop when its problem size is the inner iteration count.

abstract class Benchmark {
  /// Runs the benchmark once and answers its result.
  Object benchmark();

  /// Answers whether [result] is the value the benchmark must produce.
  bool verifyResult(Object result);

  /// Runs the benchmark [innerIterations] times, verifying each result.
  bool innerBenchmarkLoop(int innerIterations) {
    for (var i = 0; i < innerIterations; i++) {
      if (!verifyResult(benchmark())) {
        return false;
      }
    }
    return true;
  }
}
