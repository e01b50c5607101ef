// Linear algebra toy: immutable Vector and Matrix with operators, const constructors, extension types for units, Comparable sorting, hashCode via Object.hashAll.
import 'dart:math' as math;

class Vector {
  final List<double> _c;
  const Vector._(this._c);
  Vector(Iterable<num> components) : _c = List.unmodifiable(components.map((x) => x.toDouble()));
  factory Vector.zero(int n) => Vector(List.filled(n, 0));
  factory Vector.unit(int n, int axis) => Vector([for (var i = 0; i < n; i++) i == axis ? 1 : 0]);

  int get length => _c.length;
  double operator [](int i) => _c[i];
  Vector operator +(Vector o) => Vector([for (var i = 0; i < length; i++) _c[i] + o[i]]);
  Vector operator -(Vector o) => this + -o;
  Vector operator -() => this * -1;
  Vector operator *(num k) => Vector(_c.map((x) => x * k));
  double dot(Vector o) => Iterable.generate(length, (i) => _c[i] * o[i]).fold(0.0, (a, b) => a + b);
  double get norm => math.sqrt(dot(this));
  Vector get normalized => this * (1 / norm);

  @override
  bool operator ==(Object other) =>
      other is Vector && other.length == length && Iterable.generate(length).every((i) => other[i] == _c[i]);
  @override
  int get hashCode => Object.hashAll(_c);
  @override
  String toString() => '(${_c.map((x) => x.toStringAsFixed(2)).join(', ')})';
}

class Matrix {
  final int rows, cols;
  final List<List<double>> _m;
  Matrix(this.rows, this.cols, [double Function(int r, int c)? init])
      : _m = List.generate(rows, (r) => List.generate(cols, (c) => init?.call(r, c) ?? 0.0));
  factory Matrix.identity(int n) => Matrix(n, n, (r, c) => r == c ? 1.0 : 0.0);
  factory Matrix.fromRows(List<List<num>> rows) =>
      Matrix(rows.length, rows.first.length, (r, c) => rows[r][c].toDouble());

  List<double> operator [](int r) => _m[r];
  Matrix operator *(Matrix o) {
    if (cols != o.rows) throw ArgumentError('shape mismatch: ${rows}x$cols * ${o.rows}x${o.cols}');
    return Matrix(rows, o.cols, (r, c) {
      var sum = 0.0;
      for (var k = 0; k < cols; k++) {
        sum += _m[r][k] * o._m[k][c];
      }
      return sum;
    });
  }

  Vector apply(Vector v) => Vector([for (final row in _m) Vector(row).dot(v)]);
  Matrix get transposed => Matrix(cols, rows, (r, c) => _m[c][r]);
  double get determinant {
    if (rows != cols) throw StateError('not square');
    if (rows == 1) return _m[0][0];
    if (rows == 2) return _m[0][0] * _m[1][1] - _m[0][1] * _m[1][0];
    var det = 0.0;
    for (var c = 0; c < cols; c++) {
      final minor = Matrix(rows - 1, cols - 1, (r, cc) => _m[r + 1][cc < c ? cc : cc + 1]);
      det += (c.isEven ? 1 : -1) * _m[0][c] * minor.determinant;
    }
    return det;
  }

  @override
  String toString() => _m.map((row) => row.map((x) => x.toStringAsFixed(1).padLeft(6)).join()).join('\n');
}

extension type const Meters(double value) implements Object {
  Meters operator +(Meters o) => Meters(value + o.value);
  Feet get inFeet => Feet(value * 3.28084);
}

extension type const Feet(double value) {
  String get label => '${value.toStringAsFixed(1)} ft';
}

class Particle implements Comparable<Particle> {
  final String id;
  final Vector position;
  final double mass;
  const Particle(this.id, this.position, this.mass);
  double get energy => 0.5 * mass * position.dot(position);
  @override
  int compareTo(Particle other) => energy.compareTo(other.energy);
  @override
  String toString() => '$id@$position';
}

void main() {
  final a = Vector([1, 2, 3]);
  final b = Vector([4, 5, 6]);
  print(a + b);
  print(a - b);
  print(-a);
  print(a * 2.5);
  print(a.dot(b));
  print(b.norm.toStringAsFixed(4));
  print(Vector([3, 4]).normalized);
  print(Vector.unit(3, 1));
  print(a == Vector([1.0, 2.0, 3.0]));
  print({a, Vector([1, 2, 3]), b}.length);
  print(Vector.zero(2) == Vector([0, 0]));

  final m = Matrix.fromRows([
    [2, 0, 1],
    [1, 3, 2],
    [1, 1, 1],
  ]);
  print(m);
  print(m.determinant);
  print(m * Matrix.identity(3) == m);
  print((m * m.transposed)[1]);
  print(m.apply(a));
  try {
    m * Matrix(2, 2);
  } on ArgumentError catch (e) {
    print(e.message);
  }
  final rot = Matrix.fromRows([
    [0, -1],
    [1, 0],
  ]);
  var v = Vector([1, 0]);
  for (var i = 0; i < 4; i++) {
    v = rot.apply(v);
    print('rotated ${i + 1}: $v');
  }

  const run = Meters(5000);
  final total = run + const Meters(195);
  print(total.value);
  print(total.inFeet.label);
  print(total is Meters);
  print(run == const Meters(5000));

  final particles = [
    Particle('p1', Vector([1, 1]), 2),
    Particle('p2', Vector([0, 3]), 1),
    Particle('p3', Vector([2, 0]), 0.5),
  ]..sort();
  print(particles);
  print(particles.map((p) => p.energy).toList());
  final heaviest = particles.reduce((x, y) => x.mass >= y.mass ? x : y);
  print(heaviest.id);
}

// expect: (5.00, 7.00, 9.00)
// expect: (-3.00, -3.00, -3.00)
// expect: (-1.00, -2.00, -3.00)
// expect: (2.50, 5.00, 7.50)
// expect: 32.0
// expect: 8.7750
// expect: (0.60, 0.80)
// expect: (0.00, 1.00, 0.00)
// expect: true
// expect: 2
// expect: true
// expect:    2.0   0.0   1.0
// expect:    1.0   3.0   2.0
// expect:    1.0   1.0   1.0
// expect: 0.0
// expect: false
// expect: [4.0, 14.0, 6.0]
// expect: (5.00, 13.00, 6.00)
// expect: shape mismatch: 3x3 * 2x2
// expect: rotated 1: (0.00, 1.00)
// expect: rotated 2: (-1.00, 0.00)
// expect: rotated 3: (0.00, -1.00)
// expect: rotated 4: (1.00, 0.00)
// expect: 5195.0
// expect: 17044.0 ft
// expect: true
// expect: true
// expect: [p3@(2.00, 0.00), p1@(1.00, 1.00), p2@(0.00, 3.00)]
// expect: [1.0, 2.0, 4.5]
// expect: p1
