// Checks instance fields set through this.x constructor parameters and read back.
class Point {
  int x;
  int y;
  Point(this.x, this.y);
}

void main() {
  var p = Point(3, 4);
  print(p.x); // expect: 3
  print(p.y); // expect: 4
  p.x = 10;
  print(p.x + p.y); // expect: 14
  var q = Point(1, 1);
  print(q.x); // expect: 1
}
