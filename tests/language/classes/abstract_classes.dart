// Checks abstract classes with abstract and concrete members, used through subclasses.
abstract class Shape {
  double area();
  String get name;
  String describe() => '$name with area ${area()}';
}

class Rect extends Shape {
  final double w, h;
  Rect(this.w, this.h);
  @override
  double area() => w * h;
  @override
  String get name => 'rect';
}

class Circle extends Shape {
  final double r;
  Circle(this.r);
  double area() => 3.0 * r * r;
  String get name => 'circle';
}

void main() {
  List<Shape> shapes = [Rect(2, 3), Circle(1)];
  for (var s in shapes) {
    print(s.describe());
  }
  // expect: rect with area 6.0
  // expect: circle with area 3.0
}
