// bounce.dart: the Are We Fast Yet Bounce benchmark in Dart, ported from the suite's versions
// (smarr/are-we-fast-yet, benchmarks/{JavaScript,Java}, MIT license, derived from the SOM
// benchmarks). 100 balls bounce in a box for 50 steps; the result is the number of bounces.
// Measures field access and small int arithmetic in a monomorphic method.

import 'benchmark.dart';
import 'som.dart';

class Ball {
  int _x;
  int _y;
  int _xVel;
  int _yVel;

  Ball(Random random)
      : _x = random.next() % 500,
        _y = random.next() % 500,
        _xVel = (random.next() % 300) - 150,
        _yVel = (random.next() % 300) - 150;

  bool bounce() {
    const xLimit = 500;
    const yLimit = 500;
    var bounced = false;

    _x += _xVel;
    _y += _yVel;
    if (_x > xLimit) {
      _x = xLimit;
      _xVel = 0 - _xVel.abs();
      bounced = true;
    }
    if (_x < 0) {
      _x = 0;
      _xVel = _xVel.abs();
      bounced = true;
    }
    if (_y > yLimit) {
      _y = yLimit;
      _yVel = 0 - _yVel.abs();
      bounced = true;
    }
    if (_y < 0) {
      _y = 0;
      _yVel = _yVel.abs();
      bounced = true;
    }
    return bounced;
  }
}

class Bounce extends Benchmark {
  @override
  Object benchmark() {
    final random = Random();
    const ballCount = 100;
    var bounces = 0;
    final balls = List<Ball>.generate(ballCount, (int i) => Ball(random), growable: false);

    for (var i = 0; i < 50; i++) {
      for (final ball in balls) {
        if (ball.bounce()) {
          bounces += 1;
        }
      }
    }
    return bounces;
  }

  @override
  bool verifyResult(Object result) => result == 1331;
}
