// An object pattern takes named fields only.
class Point {
  final int x;
  Point(this.x);
}

void main() {
  switch (Point(1) as Object) {
    case Point(1): // expect error: Object patterns can only use named fields.
      print('one');
  }
}
