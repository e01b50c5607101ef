int twice(int x) => x * 2;

class Math {
  static int square(int x) => x * x;
  int offset = 1;
  int shift(int x) => x + offset;
}

void main() {
  var f = twice;
  var g = Math.square;
  var h = Math().shift;
  print(f(2) + g(3) + h(4));
}
