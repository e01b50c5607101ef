// registry.dart: selects a benchmark by its name (the first argument of harness.dart) without
// reflection, one switch case per benchmark. tools/bench, which concatenates the files into one
// script while the VM cannot import yet, leaves this file out and appends a newBenchmark with
// the single benchmark of that script instead.

import 'benchmark.dart';
import 'bounce.dart';
import 'cd.dart';
import 'deltablue.dart';
import 'havlak.dart';
import 'json.dart';
import 'list.dart';
import 'mandelbrot.dart';
import 'nbody.dart';
import 'permute.dart';
import 'queens.dart';
import 'richards.dart';
import 'sieve.dart';
import 'storage.dart';
import 'towers.dart';

/// A new instance of the benchmark called [name]; throws ArgumentError for an unknown name.
Benchmark newBenchmark(String name) {
  switch (name) {
    case 'Bounce':
      return Bounce();
    case 'CD':
      return CD();
    case 'DeltaBlue':
      return DeltaBlue();
    case 'Havlak':
      return Havlak();
    case 'Json':
      return Json();
    case 'List':
      return ListBenchmark();
    case 'Mandelbrot':
      return Mandelbrot();
    case 'NBody':
      return NBody();
    case 'Permute':
      return Permute();
    case 'Queens':
      return Queens();
    case 'Richards':
      return Richards();
    case 'Sieve':
      return Sieve();
    case 'Storage':
      return Storage();
    case 'Towers':
      return Towers();
  }
  throw ArgumentError('unknown benchmark: $name');
}
