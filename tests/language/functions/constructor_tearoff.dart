// Constructor tear-offs (Dart 2.15): `C.new`, `C.named`, factories, dart:core constructors and
// generic classes. A tear-off calls the constructor with the same parameters (positional,
// optional, named, defaults); tearing off one constructor twice gives equal closures.
class Point {
  final int x, y;
  Point(this.x, [this.y = 7]);
  Point.origin()
      : x = 0,
        y = 0;
  Point.named({required this.x, this.y = 3});
  factory Point.fromJson(Map<String, int> m) => Point(m['x']!, m['y']!);
  String toString() => 'P($x, $y)';
}

class Item {
  final String name;
  Item(this.name);
  Item.fromJson(Map<String, String> json) : name = json['name']!;
  String toString() => 'Item($name)';
}

const defaultTag = Tag('none');

class Tag {
  final String label;
  const Tag(this.label);
}

class Labeled {
  final Tag tag;
  Labeled([this.tag = defaultTag]);
}

abstract class Shape {
  factory Shape.square() = Square;
  String get name;
}

class Square implements Shape {
  String get name => 'square';
}

class Box<T> {
  final T value;
  Box(this.value);
  Box.pair(T a, T b) : value = b;
  String toString() => 'Box($value)';
}

mixin Counter {
  int count = 10;
}

class Base {
  final int v;
  Base(this.v);
}

class Mixed = Base with Counter;

// A tear-off is a constant expression.
const makePoint = Point.new;

void main() {
  // The unnamed constructor, named constructors, and factories.
  var make = Point.origin;
  print(make()); // expect: P(0, 0)
  print([1, 2].map(Point.new).toList()); // expect: [P(1, 7), P(2, 7)]
  var p = Point.new;
  print(p(1, 2)); // expect: P(1, 2)
  var n = Point.named;
  print(n(x: 5)); // expect: P(5, 3)
  print(n(y: 9, x: 5)); // expect: P(5, 9)
  print([
    {'x': 1, 'y': 2}
  ].map(Point.fromJson).toList()); // expect: [P(1, 2)]
  print([
    {'name': 'a'},
    {'name': 'b'}
  ].map(Item.fromJson).toList()); // expect: [Item(a), Item(b)]
  print(Point.new(4)); // expect: P(4, 7)

  // A default computed from a const variable.
  var l = Labeled.new;
  print(l().tag.label); // expect: none
  print(l(const Tag('x')).tag.label); // expect: x

  // A redirecting factory of an abstract class.
  var s = Shape.square;
  print(s().name); // expect: square

  // dart:core constructors.
  print([72, 105].map(String.fromCharCode).join()); // expect: Hi
  var filled = List.filled;
  print(filled(2, 'a')); // expect: [a, a]
  var utc = DateTime.utc;
  print(utc(2021, 3).month); // expect: 3

  // Generic classes, with and without type arguments (which are erased).
  print([1, 2].map(Box.new).toList()); // expect: [Box(1), Box(2)]
  print(['a'].map(Box<String>.new).toList()); // expect: [Box(a)]
  var pair = Box<int>.pair;
  print(pair(1, 2)); // expect: Box(2)

  // A mixin application class runs its mixins' field initializers.
  var m = Mixed.new;
  print(m(4).count + m(4).v); // expect: 14

  // Equality: the same constructor torn off twice gives equal (and identical) closures.
  print(Point.new == Point.new); // expect: true
  print(identical(Point.origin, Point.origin)); // expect: true
  print(Point.new == Point.origin); // expect: false
  print(Point.new.hashCode == Point.new.hashCode); // expect: true
  print({Point.new, Point.new, Point.named}.length); // expect: 2

  // Arity errors are the closure's.
  dynamic d = Point.origin;
  try {
    d(1);
  } on NoSuchMethodError {
    print('NoSuchMethodError'); // expect: NoSuchMethodError
  }
  print(Point.new is Function); // expect: true
  print(makePoint(8)); // expect: P(8, 7)
  print(makePoint == Point.new); // expect: true
}
