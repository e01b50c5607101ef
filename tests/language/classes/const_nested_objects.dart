// Checks const objects that contain const lists and other const objects.
class Line {
  final Point start, end;
  const Line(this.start, this.end);
}

class Point {
  final int x, y;
  const Point(this.x, this.y);
}

class Palette {
  final List<String> colors;
  const Palette(this.colors);
}

void main() {
  const l1 = Line(Point(0, 0), Point(1, 1));
  const l2 = Line(Point(0, 0), Point(1, 1));
  print(identical(l1, l2)); // expect: true
  print(identical(l1.start, const Point(0, 0))); // expect: true
  const p = Palette(['red', 'blue']);
  print(identical(p.colors, const ['red', 'blue'])); // expect: true
  print(p.colors); // expect: [red, blue]
}
