// Checks num.compareTo: ints, doubles, mixed, -0.0 before 0.0, NaN after everything.
void main() {
  print(1.compareTo(2)); // expect: -1
  print(2.compareTo(2)); // expect: 0
  print(1.compareTo(1.0)); // expect: 0
  print(0.0.compareTo(-0.0)); // expect: 1
  print((-0.0).compareTo(0)); // expect: -1
  print(1.5.compareTo(double.nan)); // expect: -1
  print(double.nan.compareTo(double.nan)); // expect: 0
  print(double.nan.compareTo(double.infinity)); // expect: 1
  print(5.compareTo(double.nan)); // expect: -1
  var list = [3, 1.5, -0.0, 0, 2];
  list.sort();
  print(list); // expect: [-0.0, 0, 1.5, 2, 3]
}
