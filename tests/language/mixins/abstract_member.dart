// A mixin may declare abstract members that the class implements.
mixin Area {
  double get width;
  double get height;
  double area() => width * height;
}

class Rect with Area {
  final double width;
  final double height;
  Rect(this.width, this.height);
}

void main() {
  print(Rect(2, 3.5).area());
  // expect: 7.0
}
