// Checks user-defined unary - and ~ operator methods.
class V {
  final int x, y;
  V(this.x, this.y);
  V operator -() => V(-x, -y);
  V operator ~() => V(y, x);
  @override
  String toString() => '<$x,$y>';
}

void main() {
  var v = V(1, -2);
  print(-v); // expect: <-1,2>
  print(~v); // expect: <-2,1>
  print(-(-v)); // expect: <1,-2>
  print(-~v); // expect: <2,-1>
}
