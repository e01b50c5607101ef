// Checks explicit super(...) and super.named(...) calls in initialiser lists.
class Shape {
  final String name;
  final int sides;
  Shape(this.name, this.sides);
  Shape.polygon(int sides) : this('polygon', sides);
}

class Square extends Shape {
  final int size;
  Square(this.size) : super('square', 4);
}

class Hexagon extends Shape {
  Hexagon() : super.polygon(6);
}

void main() {
  var s = Square(3);
  print('${s.name} ${s.sides} ${s.size}'); // expect: square 4 3
  var h = Hexagon();
  print('${h.name} ${h.sides}'); // expect: polygon 6
}
