// Checks tear-offs of top-level, static and local functions, and of print.
int add(int a, int b) => a + b;

class MathUtil {
  static int twice(int x) => x * 2;
}

void main() {
  var f = add;
  print(f(2, 3)); // expect: 5
  var g = MathUtil.twice;
  print(g(21)); // expect: 42
  print([1, 2, 3].map(MathUtil.twice).toList()); // expect: [2, 4, 6]
  int local(int x) => x - 1;
  var h = local;
  print(h(1)); // expect: 0
  ['x', 'y'].forEach(print);
  // expect: x
  // expect: y
}
