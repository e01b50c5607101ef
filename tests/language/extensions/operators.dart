// Extensions can declare operators: binary, index and unary minus.
class Vec {
  final int x, y;
  const Vec(this.x, this.y);
  String toString() => "($x, $y)";
}

extension VecOps on Vec {
  Vec operator +(Vec o) => Vec(x + o.x, y + o.y);
  Vec operator *(int k) => Vec(x * k, y * k);
  int operator [](int i) => i == 0 ? x : y;
  Vec operator -() => Vec(-x, -y);
}

void main() {
  var a = Vec(1, 2);
  var b = Vec(10, 20);
  print(a + b);
  print(a * 3);
  print(b[1]);
  print(-a);
  // expect: (11, 22)
  // expect: (3, 6)
  // expect: 20
  // expect: (-1, -2)
}
