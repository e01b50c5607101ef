class Range {
  final int lo;
  final int hi;
  Range(this.lo, this.hi) : assert(lo <= hi);
}

void main() {
  var x = 3;
  assert(x > 0, 'x must be positive');
  assert(x < 10);
  Range(1, 2);
}
