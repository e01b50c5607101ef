// Switch expressions: patterns, guards, `_`, object patterns with getters, as values anywhere.
sealed class Shape {}

class Circle extends Shape {
  final double radius;
  Circle(this.radius);
}

class Rect extends Shape {
  final double width, height;
  Rect(this.width, this.height);
  bool get isSquare => width == height;
}

double area(Shape shape) => switch (shape) {
      Circle(radius: var r) => 3.0 * r * r,
      Rect(:var width, :var height) => width * height,
    };

String kind(Shape shape) => switch (shape) {
      Rect(isSquare: true) => 'square',
      Rect() => 'rectangle',
      Circle(radius: 0) => 'point',
      Circle() => 'circle',
    };

String size(int n) => switch (n) {
      < 0 => 'negative',
      0 => 'zero',
      1 || 2 || 3 => 'small',
      >= 4 && < 100 => 'medium',
      _ => 'large',
    };

void main() {
  print(area(Circle(1))); // expect: 3.0
  print(area(Rect(2, 3))); // expect: 6.0
  print([Rect(2, 2), Rect(1, 2), Circle(0), Circle(5)].map(kind).toList());
  // expect: [square, rectangle, point, circle]
  print([-5, 0, 2, 50, 1000].map(size).join(' ')); // expect: negative zero small medium large
  var pair = (3, 'three');
  print(switch (pair) {
    (int n, String s) when n > 5 => 'big $s',
    (int n, String s) => 'small $s $n',
  }); // expect: small three 3
  // Nested switch expressions and a switch expression as an argument.
  String sign(num x) => switch (x) { > 0 => '+', < 0 => '-', _ => switch (x) { 0 => '0', _ => '?' } };
  print('${sign(2)}${sign(-1)}${sign(0)}'); // expect: +-0
  Object? value = null;
  print(switch (value) { null => 'null', _ => 'value' }); // expect: null
  print(switch ([1, 2, 3]) { [_, ...var tail] => tail, _ => [] }); // expect: [2, 3]
}
