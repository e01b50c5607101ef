// harness.dart: the Are We Fast Yet entry point, `vm harness.dart <Name> [numIterations
// [innerIterations]]`, ported from the suite's harness (smarr/are-we-fast-yet, MIT license). Times
// each of numIterations calls of innerBenchmarkLoop(inner) with a Stopwatch and prints
// `<Name>: iterations=1 runtime: <N>us` as the JavaScript and Lua harnesses do; a failed
// verification prints an error and throws (non-zero exit). The benchmark comes from newBenchmark
// (registry.dart, or the one-entry version tools/bench generates), never from reflection.

import 'benchmark.dart';
import 'registry.dart';

class Run {
  final String name;
  final int numIterations;
  final int innerIterations;
  int _total = 0;

  Run(this.name, this.numIterations, this.innerIterations);

  void runBenchmark() {
    print('Starting $name benchmark ...');
    _doRuns(newBenchmark(name));
    _reportBenchmark();
    print('');
  }

  void _measure(Benchmark bench) {
    final stopwatch = Stopwatch()..start();
    if (!bench.innerBenchmarkLoop(innerIterations)) {
      print('$name: benchmark failed with incorrect result');
      throw StateError('Benchmark failed with incorrect result');
    }
    final runTime = stopwatch.elapsedMicroseconds;
    _printResult(runTime);
    _total += runTime;
  }

  void _doRuns(Benchmark bench) {
    for (var i = 0; i < numIterations; i++) {
      _measure(bench);
    }
  }

  void _reportBenchmark() {
    print('$name: iterations=$numIterations '
        'average: ${_total ~/ numIterations}us total: ${_total}us');
  }

  void _printResult(int runTime) {
    print('$name: iterations=1 runtime: ${runTime}us');
  }

  void printTotal() {
    print('Total Runtime: ${_total}us');
  }
}

void _printUsage() {
  print('harness.dart [benchmark] [num-iterations [inner-iter]]');
  print('');
  print('  benchmark      - benchmark class name');
  print('  num-iterations - number of times to execute benchmark, default: 1');
  print('  inner-iter     - number of times the benchmark is executed in an inner loop,');
  print('                   which is measured in total, default: 1');
}

void main(List<String> args) {
  if (args.isEmpty) {
    _printUsage();
    throw ArgumentError('no benchmark named');
  }
  final numIterations = args.length > 1 ? int.parse(args[1]) : 1;
  final innerIterations = args.length > 2 ? int.parse(args[2]) : 1;
  final run = Run(args[0], numIterations, innerIterations);
  run.runBenchmark();
  run.printTotal();
}
