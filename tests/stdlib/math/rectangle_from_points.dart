// Rectangle.fromPoints and MutableRectangle.fromPoints take the two points in any order.
import 'dart:math';

void main() {
  print(Rectangle.fromPoints(Point(4, 1), Point(1, 3))); // expect: Rectangle (1, 1) 3 x 2
  var m = MutableRectangle.fromPoints(Point(5, 5), Point(2, 9));
  print(m); // expect: Rectangle (2, 5) 3 x 4
  m.left = 0;
  print(m is MutableRectangle); // expect: true
  print(m.right); // expect: 3
}
