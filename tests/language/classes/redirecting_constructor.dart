// Checks redirecting constructors this(...) between unnamed and named constructors.
class Point {
  final int x, y;
  Point(this.x, this.y);
  Point.origin() : this(0, 0);
  Point.onX(int x) : this(x, 0);
  Point.diagonal(int v) : this.onXY(v, v);
  Point.onXY(int x, int y) : this(x, y);
}

void main() {
  var o = Point.origin();
  print('${o.x},${o.y}'); // expect: 0,0
  var a = Point.onX(5);
  print('${a.x},${a.y}'); // expect: 5,0
  var d = Point.diagonal(2);
  print('${d.x},${d.y}'); // expect: 2,2
}
