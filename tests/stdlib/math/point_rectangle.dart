// dart:math's Point, Rectangle and MutableRectangle.
import 'dart:math';

void main() {
  var p = Point(3, 4);
  print(p); // expect: Point(3, 4)
  print(p + Point(1, 1)); // expect: Point(4, 5)
  print(p - Point(1, 1)); // expect: Point(2, 3)
  print(p * 2); // expect: Point(6, 8)
  print(p.magnitude); // expect: 5.0
  print(p.distanceTo(Point(0, 0))); // expect: 5.0
  print(p.squaredDistanceTo(Point(0, 0))); // expect: 25
  print(p == Point(3, 4)); // expect: true
  print(p.hashCode == Point(3, 4).hashCode); // expect: true
  var r = Rectangle(0, 0, 10, 5);
  print(r); // expect: Rectangle (0, 0) 10 x 5
  print([r.left, r.top, r.right, r.bottom, r.width, r.height]); // expect: [0, 0, 10, 5, 10, 5]
  print(r.intersection(Rectangle(5, 2, 10, 10))); // expect: Rectangle (5, 2) 5 x 3
  print(r.intersection(Rectangle(20, 20, 1, 1))); // expect: null
  print(r.intersects(Rectangle(10, 5, 1, 1))); // expect: true
  print(r.boundingBox(Rectangle(-1, 2, 3, 10))); // expect: Rectangle (-1, 0) 11 x 12
  print(r.containsPoint(Point(10, 5))); // expect: true
  print(r.containsRectangle(Rectangle(1, 1, 2, 2))); // expect: true
  print([r.topLeft, r.topRight, r.bottomLeft, r.bottomRight]);
  // expect: [Point(0, 0), Point(10, 0), Point(0, 5), Point(10, 5)]
  print(Rectangle.fromPoints(Point(4, 1), Point(1, 3))); // expect: Rectangle (1, 1) 3 x 2
  print(Rectangle(0, 0, -3, 2)); // expect: Rectangle (0, 0) 0 x 2
  print(r == Rectangle(0, 0, 10, 5)); // expect: true
  var m = MutableRectangle(1, 1, 2, 2);
  m.width = 5;
  m.left = 0;
  m.height = -1;
  print(m); // expect: Rectangle (0, 1) 5 x 0
  print(m == Rectangle(0, 1, 5, 0)); // expect: true
}
