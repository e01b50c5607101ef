// Checks final fields initialised by declaration, this.x parameters and initialiser lists.
class Circle {
  final double radius;
  final String kind = 'circle';
  final double area;
  Circle(this.radius) : area = 3 * radius * radius;
}

void main() {
  var c = Circle(2);
  print(c.radius); // expect: 2.0
  print(c.kind); // expect: circle
  print(c.area); // expect: 12.0
}
