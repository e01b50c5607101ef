// Checks everyday double members: toInt, round, floor, ceil, abs, truncate, isNaN.
void main() {
  print(3.7.toInt()); // expect: 3
  print((-3.7).toInt()); // expect: -3
  print(2.5.round()); // expect: 3
  print((-2.5).round()); // expect: -3
  print(2.4.round()); // expect: 2
  print(7.9.floor()); // expect: 7
  print((-7.1).floor()); // expect: -8
  print(7.1.ceil()); // expect: 8
  print((-1.5).abs()); // expect: 1.5
  print(9.99.truncate()); // expect: 9
  print((0.0 / 0.0).isNaN); // expect: true
  print((1 / 0).isInfinite); // expect: true
  print(2.0.toDouble()); // expect: 2.0
  print(1.5.toString()); // expect: 1.5
}
