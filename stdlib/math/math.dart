// dart:math: mathematical constants and functions, min/max, and Random.
// The functions are natives over the C library (math_natives.cc), which gives the correctly
// rounded results Dart's VM gives for sqrt and the same libm results elsewhere.

const double e = 2.718281828459045;
const double ln10 = 2.302585092994046;
const double ln2 = 0.6931471805599453;
const double log2e = 1.4426950408889634;
const double log10e = 0.4342944819032518;
const double pi = 3.1415926535897932;
const double sqrt1_2 = 0.7071067811865476;
const double sqrt2 = 1.4142135623730951;

/// The larger of [a] and [b]; NaN if either is NaN; 0.0 over -0.0.
T max<T extends num>(T a, T b) {
  if (a > b) return a;
  if (a < b) return b;
  if (b is double) {
    if (b.isNaN) return b;
    if (a == 0 && b == 0 && a is double && a.isNegative) return b;
    return a;
  }
  if (a is double && a.isNaN) return a;
  return a;
}

/// The smaller of [a] and [b]; NaN if either is NaN; -0.0 over 0.0.
T min<T extends num>(T a, T b) {
  if (a < b) return a;
  if (a > b) return b;
  if (b is double) {
    if (b.isNaN) return b;
    if (a == 0 && b == 0 && b.isNegative) return b;
    return a;
  }
  if (a is double && a.isNaN) return a;
  return a;
}

double sqrt(num x) => _sqrt(x.toDouble());
double sin(num radians) => _sin(radians.toDouble());
double cos(num radians) => _cos(radians.toDouble());
double tan(num radians) => _tan(radians.toDouble());
double acos(num x) => _acos(x.toDouble());
double asin(num x) => _asin(x.toDouble());
double atan(num x) => _atan(x.toDouble());
double atan2(num a, num b) => _atan2(a.toDouble(), b.toDouble());
double exp(num x) => _exp(x.toDouble());
double log(num x) => _log(x.toDouble());

/// [x] to the power [exponent]: an int when both are ints and the exponent is not negative.
num pow(num x, num exponent) {
  if (x is int && exponent is int && exponent >= 0) {
    int result = 1;
    int base = x;
    int n = exponent;
    while (n > 0) {
      if (n.isOdd) result *= base;
      n = n >> 1;
      if (n > 0) base *= base;
    }
    return result;
  }
  return _pow(x.toDouble(), exponent.toDouble());
}

external double _sqrt(double x);
external double _sin(double x);
external double _cos(double x);
external double _tan(double x);
external double _acos(double x);
external double _asin(double x);
external double _atan(double x);
external double _atan2(double a, double b);
external double _exp(double x);
external double _log(double x);
external double _pow(double x, double exponent);

/// A generator of pseudo-random numbers (xorshift64*; not cryptographically secure).
class Random {
  int _state;

  /// With a [seed], the sequence is the same every run; without, it differs.
  Random([int? seed]) : _state = _seedState(seed ?? _entropy());

  static int _seedState(int seed) {
    int s = seed ^ 0x5DEECE66D;
    return s == 0 ? 0x9E3779B97F4A7C15 : s;
  }

  int _next() {
    int x = _state;
    x ^= x >>> 12;
    x ^= x << 25;
    x ^= x >>> 27;
    _state = x;
    return (x * 0x2545F4914F6CDD1D) >>> 11;  // 53 well-mixed bits.
  }

  /// A uniform int in [0, max); max must be in 1..2^32.
  int nextInt(int max) {
    if (max <= 0 || max > 0x100000000) {
      throw RangeError.range(max, 1, 0x100000000, 'max');
    }
    return _next() % max;
  }

  /// A uniform double in [0, 1).
  double nextDouble() => (_next() >>> 0) / 9007199254740992.0;

  bool nextBool() => (_next() & 1) == 0;

  external static int _entropy();
}
