// Regression: `x - 1` and `x--` on a class with only operator - called operator + instead.
class Countdown {
  final int n;
  Countdown(this.n);
  Countdown operator -(int k) => Countdown(n - k);
  String toString() => 'Countdown($n)';
}

void main() {
  var c = Countdown(10);
  print(c - 1); // expect: Countdown(9)
  c--;
  print(c); // expect: Countdown(9)
  c -= 3;
  print(c); // expect: Countdown(6)
}
