// Checks a named factory constructor that returns instances of different subclasses.
abstract class Shape {
  factory Shape.fromSides(int sides) {
    if (sides == 3) return Triangle();
    return Square();
  }
  Shape();
  String get name;
}

class Triangle extends Shape {
  String get name => 'triangle';
}

class Square extends Shape {
  String get name => 'square';
}

void main() {
  var t = Shape.fromSides(3);
  var s = Shape.fromSides(4);
  print(t.name); // expect: triangle
  print(s.name); // expect: square
  print(t is Triangle); // expect: true
  print(s.runtimeType); // expect: Square
}
