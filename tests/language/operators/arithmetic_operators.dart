// Checks user-defined + - * / ~/ % operator methods on a vector class.
class V {
  final int x, y;
  const V(this.x, this.y);
  V operator +(V o) => V(x + o.x, y + o.y);
  V operator -(V o) => V(x - o.x, y - o.y);
  V operator *(int k) => V(x * k, y * k);
  double operator /(V o) => (x * o.x + y * o.y) / 2;
  V operator ~/(int k) => V(x ~/ k, y ~/ k);
  V operator %(int k) => V(x % k, y % k);
  @override
  String toString() => 'V($x, $y)';
}

void main() {
  var a = V(7, 9);
  var b = V(1, 2);
  print(a + b); // expect: V(8, 11)
  print(a - b); // expect: V(6, 7)
  print(a * 3); // expect: V(21, 27)
  print(a / b); // expect: 12.5
  print(a ~/ 2); // expect: V(3, 4)
  print(a % 4); // expect: V(3, 1)
  print(a + b * 2); // expect: V(9, 13)
}
