class Vec {
  final int x;
  final int y;
  Vec(this.x, this.y);
  Vec operator +(Vec o) => Vec(x + o.x, y + o.y);
  Vec operator -() => Vec(-x, -y);
  bool operator ==(Object o) => o is Vec && o.x == x && o.y == y;
  int operator [](int i) => i == 0 ? x : y;
}

void main() {
  var a = Vec(1, 2);
  var b = -a + a;
  print(b[0]);
  print(a == b);
  var list = [1, 2];
  list[0] += 5;
  list[1]++;
  print(list);
}
