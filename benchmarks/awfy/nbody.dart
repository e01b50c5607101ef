// nbody.dart: the Are We Fast Yet NBody benchmark in Dart, ported from the suite's versions
// (smarr/are-we-fast-yet, benchmarks/{JavaScript,Lua}). Derived from The Computer Language
// Benchmarks Game (contributed by Mark C. Lewis, modified slightly by Chad Whipkey; BSD
// license), via the suite's Java and SOM versions. Simulates five planets for innerIterations
// steps and checks the final energy. Measures double arithmetic and field access.

import 'dart:math' as math;

import 'benchmark.dart';

const double pi = 3.141592653589793;
const double solarMass = 4 * pi * pi;
const double daysPerYear = 365.24;

class NBody extends Benchmark {
  @override
  bool innerBenchmarkLoop(int innerIterations) {
    final system = NBodySystem();
    for (var i = 0; i < innerIterations; i++) {
      system.advance(0.01);
    }
    return _verify(system.energy(), innerIterations);
  }

  bool _verify(double result, int innerIterations) {
    if (innerIterations == 250000) {
      return result == -0.1690859889909308;
    }
    if (innerIterations == 1) {
      return result == -0.16907495402506745;
    }
    print('No verification result for $innerIterations found');
    print('Result is: $result');
    return false;
  }

  @override
  Object benchmark() {
    throw StateError('NBody overrides innerBenchmarkLoop; benchmark() is never called');
  }

  @override
  bool verifyResult(Object result) {
    throw StateError('NBody overrides innerBenchmarkLoop; verifyResult() is never called');
  }
}

class NBodySystem {
  final List<Body> bodies;

  NBodySystem() : bodies = createBodies();

  static List<Body> createBodies() {
    final bodies = <Body>[
      Body.sun(),
      Body.jupiter(),
      Body.saturn(),
      Body.uranus(),
      Body.neptune(),
    ];

    var px = 0.0;
    var py = 0.0;
    var pz = 0.0;

    for (final b in bodies) {
      px += b.vx * b.mass;
      py += b.vy * b.mass;
      pz += b.vz * b.mass;
    }

    bodies[0].offsetMomentum(px, py, pz);
    return bodies;
  }

  void advance(double dt) {
    for (var i = 0; i < bodies.length; ++i) {
      final iBody = bodies[i];

      for (var j = i + 1; j < bodies.length; ++j) {
        final jBody = bodies[j];
        final dx = iBody.x - jBody.x;
        final dy = iBody.y - jBody.y;
        final dz = iBody.z - jBody.z;

        final dSquared = dx * dx + dy * dy + dz * dz;
        final distance = math.sqrt(dSquared);
        final mag = dt / (dSquared * distance);

        iBody.vx -= dx * jBody.mass * mag;
        iBody.vy -= dy * jBody.mass * mag;
        iBody.vz -= dz * jBody.mass * mag;

        jBody.vx += dx * iBody.mass * mag;
        jBody.vy += dy * iBody.mass * mag;
        jBody.vz += dz * iBody.mass * mag;
      }
    }

    for (final body in bodies) {
      body.x += dt * body.vx;
      body.y += dt * body.vy;
      body.z += dt * body.vz;
    }
  }

  double energy() {
    var dx = 0.0;
    var dy = 0.0;
    var dz = 0.0;
    var distance = 0.0;
    var e = 0.0;

    for (var i = 0; i < bodies.length; ++i) {
      final iBody = bodies[i];
      e += 0.5 * iBody.mass * (iBody.vx * iBody.vx + iBody.vy * iBody.vy + iBody.vz * iBody.vz);

      for (var j = i + 1; j < bodies.length; ++j) {
        final jBody = bodies[j];
        dx = iBody.x - jBody.x;
        dy = iBody.y - jBody.y;
        dz = iBody.z - jBody.z;

        distance = math.sqrt(dx * dx + dy * dy + dz * dz);
        e -= (iBody.mass * jBody.mass) / distance;
      }
    }
    return e;
  }
}

class Body {
  double x;
  double y;
  double z;
  double vx;
  double vy;
  double vz;
  final double mass;

  Body(this.x, this.y, this.z, double vx, double vy, double vz, double mass)
      : vx = vx * daysPerYear,
        vy = vy * daysPerYear,
        vz = vz * daysPerYear,
        mass = mass * solarMass;

  void offsetMomentum(double px, double py, double pz) {
    vx = 0.0 - (px / solarMass);
    vy = 0.0 - (py / solarMass);
    vz = 0.0 - (pz / solarMass);
  }

  static Body jupiter() => Body(
      4.84143144246472090e+00,
      -1.16032004402742839e+00,
      -1.03622044471123109e-01,
      1.66007664274403694e-03,
      7.69901118419740425e-03,
      -6.90460016972063023e-05,
      9.54791938424326609e-04);

  static Body saturn() => Body(
      8.34336671824457987e+00,
      4.12479856412430479e+00,
      -4.03523417114321381e-01,
      -2.76742510726862411e-03,
      4.99852801234917238e-03,
      2.30417297573763929e-05,
      2.85885980666130812e-04);

  static Body uranus() => Body(
      1.28943695621391310e+01,
      -1.51111514016986312e+01,
      -2.23307578892655734e-01,
      2.96460137564761618e-03,
      2.37847173959480950e-03,
      -2.96589568540237556e-05,
      4.36624404335156298e-05);

  static Body neptune() => Body(
      1.53796971148509165e+01,
      -2.59193146099879641e+01,
      1.79258772950371181e-01,
      2.68067772490389322e-03,
      1.62824170038242295e-03,
      -9.51592254519715870e-05,
      5.15138902046611451e-05);

  static Body sun() => Body(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0);
}
