// Mixin fields sit after the superclass's fields; both keep their values.
class Point {
  int x;
  int y;
  Point(this.x, this.y);
}

mixin Named {
  String label = "unnamed";
}

class NamedPoint extends Point with Named {
  NamedPoint(int x, int y, String l) : super(x, y) {
    label = l;
  }
}

void main() {
  var p = NamedPoint(1, 2, "origin+");
  print("${p.x} ${p.y} ${p.label}");
  var q = NamedPoint(3, 4, "q");
  print("${q.x} ${q.y} ${q.label} ${p.label}");
  // expect: 1 2 origin+
  // expect: 3 4 q origin+
}
