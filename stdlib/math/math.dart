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

/// A generator of pseudo-random numbers: the Dart VM's multiply-with-carry generator (base
/// 2^32, A = 0xffffda61) seeded through Thomas Wang's 64-bit mix, so a seeded Random gives the
/// same numbers as in Dart. Not cryptographically secure.
class Random {
  int _state;

  /// With a [seed], the sequence is the same every run (and the Dart VM's); without, it differs.
  Random([int? seed]) : _state = _setupSeed(seed ?? (_entropy() & 0xFFFFFFFF)) {
    // As in Dart: crank a few times to spread the seed's bits.
    _nextState();
    _nextState();
    _nextState();
    _nextState();
  }

  /// A generator whose every number comes from the operating system's cryptographically
  /// secure source (getrandom).
  factory Random.secure() => _SecureRandom();

  static int _setupSeed(int n) {
    n = (~n) + (n << 21);
    n = n ^ (n >>> 24);
    n = n * 265;
    n = n ^ (n >>> 14);
    n = n * 21;
    n = n ^ (n >>> 28);
    n = n + (n << 31);
    return n == 0 ? 0x5a17 : n;
  }

  void _nextState() {
    _state = 0xffffda61 * (_state & 0xFFFFFFFF) + (_state >>> 32);
  }

  /// A uniform int in [0, max); max must be in 1..2^32.
  int nextInt(int max) {
    if (max <= 0 || max > 0x100000000) {
      throw RangeError.range(max, 1, 0x100000000, "max", "Must be positive and <= 2^32");
    }
    if ((max & -max) == max) {
      // A power of two: the low bits.
      _nextState();
      return _state & 0xFFFFFFFF & (max - 1);
    }
    int rnd32;
    int result;
    do {
      _nextState();
      rnd32 = _state & 0xFFFFFFFF;
      result = rnd32 % max;
    } while ((rnd32 - result + max) > 0x100000000);
    return result;
  }

  /// A uniform double in [0, 1): 53 bits from two draws.
  double nextDouble() => (nextInt(1 << 26) * 134217728.0 + nextInt(1 << 27)) / 9007199254740992.0;

  bool nextBool() => nextInt(2) == 0;

  external static int _entropy();
}

class _SecureRandom implements Random {
  _SecureRandom();

  int nextInt(int max) {
    if (max <= 0 || max > 0x100000000) {
      throw RangeError.range(max, 1, 0x100000000, "max", "Must be positive and <= 2^32");
    }
    // Rejection sampling keeps the result uniform when max does not divide 2^32.
    int limit = 0x100000000 - (0x100000000 % max);
    while (true) {
      int r = _secureBits(32);
      if (r < limit) return r % max;
    }
  }

  double nextDouble() => _secureBits(53) / 9007199254740992.0;

  bool nextBool() => _secureBits(1) == 1;

  external static int _secureBits(int bits);
}

/// A point in the plane.
class Point<T extends num> {
  final T x;
  final T y;

  const Point(T x, T y)
      : this.x = x,
        this.y = y;

  String toString() => 'Point($x, $y)';

  bool operator ==(Object other) => other is Point && x == other.x && y == other.y;

  int get hashCode => Object.hash(x.hashCode, y.hashCode);

  Point<T> operator +(Point<T> other) => Point<T>(x + other.x as T, y + other.y as T);

  Point<T> operator -(Point<T> other) => Point<T>(x - other.x as T, y - other.y as T);

  Point<T> operator *(num factor) => Point<T>((x * factor) as T, (y * factor) as T);

  double get magnitude => sqrt(x * x + y * y);

  double distanceTo(Point<T> other) => sqrt(squaredDistanceTo(other));

  T squaredDistanceTo(Point<T> other) {
    var dx = x - other.x;
    var dy = y - other.y;
    return dx * dx + dy * dy as T;
  }
}

/// The members shared by [Rectangle] and [MutableRectangle]: an axis-aligned rectangle whose
/// right and bottom edges are exclusive of nothing (they are left + width, top + height).
abstract class _RectangleBase<T extends num> {
  const _RectangleBase();

  T get left;
  T get top;
  T get width;
  T get height;

  T get right => left + width as T;
  T get bottom => top + height as T;

  String toString() => 'Rectangle ($left, $top) $width x $height';

  bool operator ==(Object other) =>
      other is Rectangle &&
      left == other.left &&
      top == other.top &&
      right == other.right &&
      bottom == other.bottom;

  int get hashCode => Object.hash(left.hashCode, top.hashCode, right.hashCode, bottom.hashCode);

  Rectangle<T>? intersection(Rectangle<T> other) {
    var x0 = max(left, other.left);
    var x1 = min(left + width, other.left + other.width);
    if (x0 <= x1) {
      var y0 = max(top, other.top);
      var y1 = min(top + height, other.top + other.height);
      if (y0 <= y1) return Rectangle<T>(x0, y0, x1 - x0 as T, y1 - y0 as T);
    }
    return null;
  }

  bool intersects(Rectangle<num> other) =>
      left <= other.left + other.width &&
      other.left <= left + width &&
      top <= other.top + other.height &&
      other.top <= top + height;

  Rectangle<T> boundingBox(Rectangle<T> other) {
    var r = max(left + width, other.left + other.width);
    var b = max(top + height, other.top + other.height);
    var l = min(left, other.left);
    var t = min(top, other.top);
    return Rectangle<T>(l, t, r - l as T, b - t as T);
  }

  bool containsRectangle(Rectangle<num> another) =>
      left <= another.left &&
      left + width >= another.left + another.width &&
      top <= another.top &&
      top + height >= another.top + another.height;

  bool containsPoint(Point<num> another) =>
      another.x >= left &&
      another.x <= left + width &&
      another.y >= top &&
      another.y <= top + height;

  Point<T> get topLeft => Point<T>(left, top);
  Point<T> get topRight => Point<T>(left + width as T, top);
  Point<T> get bottomRight => Point<T>(left + width as T, top + height as T);
  Point<T> get bottomLeft => Point<T>(left, top + height as T);
}

/// An immutable axis-aligned rectangle; a negative width or height is taken as 0.
class Rectangle<T extends num> extends _RectangleBase<T> {
  final T left;
  final T top;
  final T width;
  final T height;

  const Rectangle(this.left, this.top, T width, T height)
      : width = (width < 0) ? (-width * 0) as T : width,
        height = (height < 0) ? (-height * 0) as T : height;

  factory Rectangle.fromPoints(Point<T> a, Point<T> b) {
    T left = min(a.x, b.x);
    T width = (max(a.x, b.x) - left) as T;
    T top = min(a.y, b.y);
    T height = (max(a.y, b.y) - top) as T;
    return Rectangle<T>(left, top, width, height);
  }
}

/// A rectangle whose edges may be changed; setting a negative width or height clamps it to 0.
class MutableRectangle<T extends num> extends _RectangleBase<T> implements Rectangle<T> {
  T left;
  T top;
  T _width;
  T _height;

  MutableRectangle(this.left, this.top, T width, T height)
      : _width = (width < 0) ? (-width * 0) as T : width,
        _height = (height < 0) ? (-height * 0) as T : height;

  factory MutableRectangle.fromPoints(Point<T> a, Point<T> b) {
    Rectangle<T> r = Rectangle<T>.fromPoints(a, b);
    return MutableRectangle<T>(r.left, r.top, r.width, r.height);
  }

  T get width => _width;
  set width(T width) {
    if (width < 0) width = (-width * 0) as T;
    _width = width;
  }

  T get height => _height;
  set height(T height) {
    if (height < 0) height = (-height * 0) as T;
    _height = height;
  }
}
