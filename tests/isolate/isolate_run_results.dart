// Isolate.run as programs use it: closures capturing locals, async computations, big results
// (maps of lists, class instances, typed data, sets), and errors of several types rethrown
// with their type (custom exceptions, StateError, ArgumentError, FormatException, RangeError,
// a thrown String) and a stack trace.
// flags: --deterministic
// flags:
import 'dart:async';
import 'dart:isolate';
import 'dart:typed_data';

class ParseException implements Exception {
  final String input;
  final int offset;
  ParseException(this.input, this.offset);
  String toString() => 'ParseException: bad input "$input" at $offset';
}

class Point3 {
  final double x, y, z;
  Point3(this.x, this.y, this.z);
  String toString() => 'Point3($x, $y, $z)';
}

int fib(int n) => n < 2 ? n : fib(n - 1) + fib(n - 2);

Future<void> main() async {
  final base = 10;
  final words = ['alpha', 'beta', 'gamma'];
  print(await Isolate.run(() => fib(base + 10)));
  print(await Isolate.run(() => words.map((w) => w.toUpperCase()).join('-')));
  print(await Isolate.run(() async {
    await Future.delayed(Duration(milliseconds: 5));
    return words.length * base;
  }));
  final big = await Isolate.run(() {
    final m = <String, List<int>>{};
    for (var i = 0; i < 5; i++) {
      m['k$i'] = List.generate(i, (j) => j * i);
    }
    return m;
  });
  print(big);
  print(big.runtimeType);
  print(await Isolate.run(() => [Point3(1, 2, 3), Point3(4, 5, 6)]));
  final td = await Isolate.run(() {
    final l = Float64List(4);
    for (var i = 0; i < 4; i++) l[i] = i / 2;
    return l;
  });
  print('${td is Float64List} $td');
  print(await Isolate.run(() => {1, 2, 3}.union({4})));
  try {
    await Isolate.run(() => throw ParseException('x+', 1));
  } on ParseException catch (e) {
    print('caught $e (${e.offset})');
  }
  try {
    await Isolate.run(() => throw StateError('no state'));
  } on StateError catch (e) {
    print('caught ${e.message}');
  }
  try {
    await Isolate.run(() => throw ArgumentError.value(-1, 'count', 'must be positive'));
  } on ArgumentError catch (e) {
    print('caught $e | ${e.name} | ${e.invalidValue}');
  }
  try {
    await Isolate.run<int>(() => int.parse('zz'));
  } on FormatException catch (e) {
    print('caught ${e.message}');
  }
  try {
    await Isolate.run(() => <int>[][3]);
  } on RangeError catch (e) {
    print('caught $e');
  }
  try {
    await Isolate.run(() => throw 'plain string');
  } catch (e, st) {
    print('caught ${e.runtimeType} $e ${st is StackTrace}');
  }
  print(await Isolate.run(() => null));
  print(await Isolate.run(() => Isolate.current.debugName, debugName: 'namer'));
}
// expect: 6765
// expect: ALPHA-BETA-GAMMA
// expect: 30
// expect: {k0: [], k1: [0], k2: [0, 2], k3: [0, 3, 6], k4: [0, 4, 8, 12]}
// expect: _Map<String, List<int>>
// expect: [Point3(1.0, 2.0, 3.0), Point3(4.0, 5.0, 6.0)]
// expect: true [0.0, 0.5, 1.0, 1.5]
// expect: {1, 2, 3, 4}
// expect: caught ParseException: bad input "x+" at 1 (1)
// expect: caught no state
// expect: caught Invalid argument (count): must be positive: -1 | count | -1
// expect: caught Invalid radix-10 number
// expect: caught RangeError (index): Index out of range: no indices are valid: 3
// expect: caught String plain string true
// expect: null
// expect: namer
