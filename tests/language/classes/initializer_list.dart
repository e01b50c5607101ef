// Checks initialiser lists that compute final fields from parameters, in order.
class Rect {
  final int width;
  final int height;
  final int area;
  final String label;
  Rect(int w, int h)
      : width = w,
        height = h,
        area = w * h,
        label = '${w}x$h';
}

void main() {
  var r = Rect(3, 4);
  print(r.width); // expect: 3
  print(r.height); // expect: 4
  print(r.area); // expect: 12
  print(r.label); // expect: 3x4
}
