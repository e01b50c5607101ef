// Checks const constructors: equal const objects are canonicalised, new ones are not.
class Point {
  final int x, y;
  const Point(this.x, this.y);
}

const origin = Point(0, 0);

void main() {
  const a = Point(1, 2);
  const b = Point(1, 2);
  var c = const Point(1, 2);
  var d = Point(1, 2);
  print(identical(a, b)); // expect: true
  print(identical(a, c)); // expect: true
  print(identical(a, d)); // expect: false
  print(identical(origin, const Point(0, 0))); // expect: true
  print(identical(const Point(1, 3), a)); // expect: false
  print(a == d); // expect: false
}
