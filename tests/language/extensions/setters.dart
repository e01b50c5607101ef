// Extension setters, also through compound assignment.
class Celsius {
  double value = 0;
}

extension Fahrenheit on Celsius {
  double get fahrenheit => value * 9 / 5 + 32;
  set fahrenheit(double f) => value = (f - 32) * 5 / 9;
}

void main() {
  var c = Celsius();
  c.fahrenheit = 212;
  print(c.value);
  c.fahrenheit += 18;
  print(c.value);
  print(c.fahrenheit);
  // expect: 100.0
  // expect: 110.0
  // expect: 230.0
}
