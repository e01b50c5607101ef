class Point {
  final int x;
  final int y;
  const Point(this.x, this.y);
  Point.origin() : this(0, 0);
  Point.diagonal(int v)
      : x = v,
        y = v;
  factory Point.parse(String s) => Point(s.length, 0);
}

class Point3 extends Point {
  final int z;
  Point3(int x, int y, this.z) : super(x, y);
}

void main() {
  print(Point.origin().x);
  print(Point.diagonal(2).y);
  print(Point.parse('abc').x);
  print(Point3(1, 2, 3).z);
}
