// Function.apply calls closures (with captures) and bound method tear-offs.
class Multiplier {
  final int factor;
  Multiplier(this.factor);
  int times(int x, {int plus = 0}) => x * factor + plus;
}

void main() {
  var base = 10;
  var add = (int x) => x + base;
  print(Function.apply(add, [5]));
  var m = Multiplier(3);
  print(Function.apply(m.times, [4]));
  print(Function.apply(m.times, [4], {#plus: 1}));
  // expect: 15
  // expect: 12
  // expect: 13
}
