// Classic OOP tour: redirecting factories, initializer lists with asserts, super calls through mixins, covariant parameters, abstract getters, static members, toString chains, noSuchMethod proxies.
abstract class Shape {
  static int created = 0;
  final String label;
  Shape(this.label) {
    created++;
  }
  factory Shape.circle(double r) = Circle;
  factory Shape.square(double side) = Square;
  factory Shape.parse(String spec) {
    final [kind, ...args] = spec.split(':');
    final nums = args.map(double.parse).toList();
    return switch (kind) {
      'circle' => Circle(nums[0]),
      'rect' => Rect(nums[0], nums[1]),
      'square' => Square(nums[0]),
      _ => throw ArgumentError.value(spec, 'spec', 'unknown shape'),
    };
  }

  double get area;
  double get perimeter;
  String describe() => '$label area=${area.toStringAsFixed(2)} perimeter=${perimeter.toStringAsFixed(2)}';
  @override
  String toString() => 'Shape($label)';
}

mixin Scalable on Shape {
  double factor = 1;
  void scale(double f) => factor *= f;
  @override
  String describe() => '${super.describe()} x$factor';
}

mixin Named on Shape {
  @override
  String describe() => '[${label.toUpperCase()}] ${super.describe()}';
}

class Circle extends Shape with Scalable, Named {
  final double radius;
  Circle(this.radius)
      : assert(radius >= 0, 'radius must be non-negative'),
        super('circle');
  @override
  double get area => 3.14159 * radius * radius * factor * factor;
  @override
  double get perimeter => 2 * 3.14159 * radius * factor;
}

class Rect extends Shape {
  final double w, h;
  Rect(this.w, this.h, [String label = 'rect']) : super(label);
  @override
  double get area => w * h;
  @override
  double get perimeter => 2 * (w + h);
  bool sameSize(covariant Rect other) => other.w == w && other.h == h;
  @override
  String toString() => '${super.toString()}[$w x $h]';
}

class Square extends Rect with Scalable {
  Square(double side) : super(side, side, 'square');
  @override
  bool sameSize(Square other) => other.w == w;
  @override
  double get area => super.area * factor * factor;
}

class Recorder {
  final calls = <String>[];
  @override
  dynamic noSuchMethod(Invocation invocation) {
    final name = invocation.memberName.toString();
    final args = [
      ...invocation.positionalArguments,
      ...invocation.namedArguments.entries.map((e) => '${e.key}=${e.value}'),
    ];
    calls.add('${invocation.isGetter ? 'get' : invocation.isSetter ? 'set' : 'call'} $name $args');
    return invocation.isGetter ? 42 : null;
  }
}

class Counter {
  static final Map<String, Counter> _instances = {};
  static const defaultStep = 1;
  final String name;
  int _value = 0;
  Counter._(this.name);
  factory Counter.named(String name) => _instances.putIfAbsent(name, () => Counter._(name));
  int get value => _value;
  set value(int v) => _value = v < 0 ? 0 : v;
  void increment([int step = defaultStep]) => _value += step;
  static int get total => _instances.values.fold(0, (s, c) => s + c.value);
}

void main() {
  final shapes = [Shape.circle(1), Shape.square(2), Shape.parse('rect:2:3.5'), Shape.parse('circle:0.5')];
  for (final s in shapes) {
    print(s.describe());
  }
  print('created: ${Shape.created}');
  final sq = shapes[1] as Square;
  sq.scale(3);
  print(sq.describe());
  print(sq.area);
  final c = shapes.first as Circle..scale(2);
  print(c.describe());
  print(shapes.map((s) => s.runtimeType).toList());
  print(shapes[2]);
  print(sq);
  print(shapes.whereType<Scalable>().length);
  print(shapes.whereType<Rect>().map((r) => r.label).toList());
  print(Rect(2, 2).sameSize(Rect(2, 2)));
  try {
    Shape.parse('hexagon:1');
  } on ArgumentError catch (e) {
    print(e);
  }
  try {
    Circle(-1);
    print('no assert without --enable-asserts');
  } on AssertionError catch (e) {
    print('assert: ${e.message}');
  }

  final dynamic rec = Recorder();
  rec.start(1, fast: true);
  rec.speed = 5;
  print(rec.level);
  print((rec as Recorder).calls);

  Counter.named('a').increment();
  Counter.named('a').increment(5);
  Counter.named('b')
    ..increment()
    ..value = -10;
  print('${Counter.named('a').value} ${Counter.named('b').value} total=${Counter.total}');
  print(identical(Counter.named('a'), Counter.named('a')));
}

// expect: [CIRCLE] circle area=3.14 perimeter=6.28 x1.0
// expect: square area=4.00 perimeter=8.00 x1.0
// expect: rect area=7.00 perimeter=11.00
// expect: [CIRCLE] circle area=0.79 perimeter=3.14 x1.0
// expect: created: 4
// expect: square area=36.00 perimeter=8.00 x3.0
// expect: 36.0
// expect: [CIRCLE] circle area=12.57 perimeter=12.57 x2.0
// expect: [Circle, Square, Rect, Circle]
// expect: Shape(rect)[2.0 x 3.5]
// expect: Shape(square)[2.0 x 2.0]
// expect: 3
// expect: [square, rect]
// expect: true
// expect: Invalid argument (spec): unknown shape: "hexagon:1"
// expect: no assert without --enable-asserts
// expect: 42
// expect: [call Symbol("start") [1, Symbol("fast")=true], set Symbol("speed=") [5], get Symbol("level") []]
// expect: 6 0 total=6
// expect: true
