// Geometry with sealed classes, switch expressions, records, pattern destructuring and extension methods.
import 'dart:math' as math;

sealed class Shape {
  const Shape();
}

final class Circle extends Shape {
  final double radius;
  const Circle(this.radius);
}

final class Rect extends Shape {
  final double width, height;
  const Rect(this.width, this.height);
  const Rect.square(double side) : this(side, side);
}

final class Triangle extends Shape {
  final double a, b, c;
  const Triangle(this.a, this.b, this.c);
}

double area(Shape s) => switch (s) {
      Circle(radius: final r) => math.pi * r * r,
      Rect(:final width, :final height) => width * height,
      Triangle(:final a, :final b, :final c) => () {
          final p = (a + b + c) / 2;
          return math.sqrt(p * (p - a) * (p - b) * (p - c));
        }(),
    };

String describe(Shape s) => switch (s) {
      Circle(radius: > 10) => 'big circle',
      Circle() => 'circle',
      Rect(width: var w, height: var h) when w == h => 'square of side $w',
      Rect() => 'rectangle',
      Triangle() => 'triangle',
    };

extension on double {
  String get fmt => toStringAsFixed(2);
}

extension ShapeList on List<Shape> {
  double get totalArea => fold(0.0, (sum, s) => sum + area(s));
  ({Shape shape, double area}) get largest {
    var best = first;
    for (final s in skip(1)) {
      if (area(s) > area(best)) best = s;
    }
    return (shape: best, area: area(best));
  }
}

(int, int) minMax(List<int> xs) {
  var lo = xs.first, hi = xs.first;
  for (final x in xs) {
    lo = math.min(lo, x);
    hi = math.max(hi, x);
  }
  return (lo, hi);
}

String classify(Object? value) => switch (value) {
      null => 'null',
      int n when n < 0 => 'negative int',
      int() => 'int',
      double d => 'double ${d.round()}',
      String s when s.isEmpty => 'empty string',
      String(length: var len) => 'string of $len',
      [] => 'empty list',
      [var x] => 'singleton $x',
      [var x, ...var rest] => 'list head $x rest $rest',
      {'name': String name} => 'named $name',
      (var a, var b) => 'pair $a/$b',
      _ => 'other ${value.runtimeType}',
    };

void main() {
  const shapes = <Shape>[Circle(1), Rect(2, 3), Rect.square(4), Triangle(3, 4, 5), Circle(11)];
  for (final s in shapes) {
    print('${describe(s).padRight(16)} ${area(s).fmt}');
  }
  print('total: ${shapes.totalArea.fmt}');
  final (:shape, area: a) = shapes.largest;
  print('largest: ${describe(shape)} with ${a.fmt}');
  print(identical(const Rect.square(2), const Rect(2, 2)));

  final (lo, hi) = minMax([5, -2, 9, 3]);
  print('min $lo max $hi');
  final record = (1, 'two', third: 3.0);
  print(record);
  print(record.$2);
  print(record == (1, 'two', third: 3.0));
  var (x, y) = (1, 2);
  (x, y) = (y, x);
  print('swapped: $x $y');

  for (final v in [null, -5, 7, 2.6, '', 'hey', [], [1], [1, 2, 3], {'name': 'Ann'}, (1, 2), true]) {
    print(classify(v));
  }

  final points = [(x: 1, y: 2), (x: -3, y: 4), (x: 0, y: 0)];
  for (final (:x, :y) in points) {
    final quadrant = switch ((x.sign, y.sign)) {
      (1, 1) => 'I',
      (-1, 1) => 'II',
      (0, 0) => 'origin',
      _ => 'elsewhere',
    };
    print('($x, $y) -> $quadrant');
  }
  final json = {'user': {'id': 7, 'roles': ['admin', 'dev']}};
  if (json case {'user': {'id': int id, 'roles': [String firstRole, ...]}}) {
    print('user $id first role $firstRole');
  }
  final dist = points.map((p) => math.sqrt(p.x * p.x + p.y * p.y)).toList();
  print(dist);
  print(math.max(3, 7.5));
  print(math.pow(2, 10));
  print(math.pow(2.0, 0.5));
  print(math.atan2(1, 1) * 4);
  print(math.log(math.e));
  print((-7).abs().clamp(0, 5));
  print(10.5.clamp(0, 10));
}

// expect: circle           3.14
// expect: rectangle        6.00
// expect: square of side 4.0 16.00
// expect: triangle         6.00
// expect: big circle       380.13
// expect: total: 411.27
// expect: largest: big circle with 380.13
// expect: true
// expect: min -2 max 9
// expect: (1, two, third: 3.0)
// expect: two
// expect: true
// expect: swapped: 2 1
// expect: null
// expect: negative int
// expect: int
// expect: double 3
// expect: empty string
// expect: string of 3
// expect: empty list
// expect: singleton 1
// expect: list head 1 rest [2, 3]
// expect: named Ann
// expect: pair 1/2
// expect: other bool
// expect: (1, 2) -> I
// expect: (-3, 4) -> II
// expect: (0, 0) -> origin
// expect: user 7 first role admin
// expect: [2.23606797749979, 5.0, 0.0]
// expect: 7.5
// expect: 1024
// expect: 1.4142135623730951
// expect: 3.141592653589793
// expect: 1.0
// expect: 5
// expect: 10
