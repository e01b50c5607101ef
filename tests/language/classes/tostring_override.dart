// Checks that an overridden toString is used by print, interpolation and collections.
class Point {
  final int x, y;
  Point(this.x, this.y);
  @override
  String toString() => 'Point($x, $y)';
}

void main() {
  var p = Point(1, 2);
  print(p); // expect: Point(1, 2)
  print('at $p'); // expect: at Point(1, 2)
  print([p, Point(3, 4)]); // expect: [Point(1, 2), Point(3, 4)]
  print({'origin': p}); // expect: {origin: Point(1, 2)}
  print({p}); // expect: {Point(1, 2)}
  print(p.toString().length); // expect: 11
  var sb = StringBuffer();
  sb.write(p);
  print(sb); // expect: Point(1, 2)
  print('a' + p.toString()); // expect: aPoint(1, 2)
}
