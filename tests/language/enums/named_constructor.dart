// Enum values may call a named constructor; the unnamed one is used without a name.
enum Shape {
  circle.round(),
  square(4),
  triangle(3);

  const Shape(this.sides);
  const Shape.round() : sides = 0;
  final int sides;
}

void main() {
  for (var s in Shape.values) {
    print("${s.name}: ${s.sides}");
  }
  // expect: circle: 0
  // expect: square: 4
  // expect: triangle: 3
}
