// Shapes: an abstract class, subclasses, overrides, sorting with a comparator.
abstract class Shape {
  String get name;
  double get area;
  @override
  String toString() => '$name with area $area';
}

class Rect extends Shape {
  final double width, height;
  Rect(this.width, this.height);
  @override
  String get name => 'rect ${width}x$height';
  @override
  double get area => width * height;
}

class Square extends Rect {
  Square(double side) : super(side, side);
  @override
  String get name => 'square $width';
}

class Circle extends Shape {
  final double radius;
  Circle(this.radius);
  @override
  String get name => 'circle r=$radius';
  @override
  double get area => 3.141592653589793 * radius * radius;
}

void main() {
  var shapes = <Shape>[Rect(2, 5), Circle(1), Square(3), Circle(0.5)];
  shapes.sort((a, b) => a.area.compareTo(b.area));
  for (var s in shapes) {
    print(s);
  }
  var total = shapes.fold(0.0, (double sum, s) => sum + s.area);
  print('total area: $total');
}
