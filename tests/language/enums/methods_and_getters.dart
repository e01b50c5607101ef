// Enhanced enum: instance methods and getters that use fields, index and name.
enum Size {
  small(1),
  large(10);

  const Size(this.weight);
  final int weight;

  int get doubled => weight * 2;
  String describe() => "$name#$index weighs $weight";
}

void main() {
  print(Size.small.doubled);
  print(Size.large.describe());
  // expect: 2
  // expect: large#1 weighs 10
}
