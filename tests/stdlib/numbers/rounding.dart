// Checks round/floor/ceil/truncate and their ToDouble forms: halves away from zero, -0.0 kept.
void main() {
  print(2.5.round()); // expect: 3
  print((-2.5).round()); // expect: -3
  print(2.5.floor()); // expect: 2
  print((-2.5).floor()); // expect: -3
  print((-2.5).ceil()); // expect: -2
  print(2.7.truncate()); // expect: 2
  print((-2.7).truncate()); // expect: -2
  print(0.49999999999999994.round()); // expect: 0
  print(2.5.roundToDouble()); // expect: 3.0
  print((-0.4).roundToDouble()); // expect: -0.0
  print(3.7.floorToDouble()); // expect: 3.0
  print((-3.2).ceilToDouble()); // expect: -3.0
  print((-3.7).truncateToDouble()); // expect: -3.0
  print(7.round()); // expect: 7
  print(7.floorToDouble()); // expect: 7.0
}
