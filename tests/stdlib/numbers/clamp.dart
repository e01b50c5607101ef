// Checks num.clamp: ints stay ints, mixed limits, NaN limits, and a lower limit above the upper.
void main() {
  print(5.clamp(1, 3)); // expect: 3
  print(0.clamp(1, 3)); // expect: 1
  print(2.clamp(1, 3)); // expect: 2
  print(5.5.clamp(1, 3)); // expect: 3
  print(2.clamp(1.5, 3)); // expect: 2
  print(1.clamp(1.5, 3)); // expect: 1.5
  print(1.5.clamp(1, double.nan)); // expect: 1.5
  print((-0.0).clamp(0.0, 1.0)); // expect: 0.0
  try {
    1.clamp(double.nan, 2);
  } on ArgumentError catch (e) {
    print(e); // expect: Invalid argument(s): NaN
  }
  5.clamp(3, 1); // expect runtime error: Invalid argument(s): 3
}
