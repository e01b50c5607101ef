// Checks that an int literal in a context typed double is a double (prints with .0).
double top = 2;

class Point {
  double x = 0;
  double y;
  Point(this.y);
}

double half(double v) => v / 2;

void main() {
  double d = 1;
  print(d); // expect: 1.0
  print(top); // expect: 2.0
  var p = Point(3);
  print(p.x); // expect: 0.0
  print(p.y); // expect: 3.0
  print(half(5)); // expect: 2.5
  double? maybe = 4;
  print(maybe); // expect: 4.0
  print(d is double); // expect: true
}
