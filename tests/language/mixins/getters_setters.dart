// Mixins contribute getters and setters; implicit this reaches the class's members.
class Temperature {
  double celsius = 0;
}

mixin Fahrenheit on Temperature {
  double get fahrenheit => celsius * 9 / 5 + 32;
  set fahrenheit(double f) => celsius = (f - 32) * 5 / 9;
}

class Thermometer extends Temperature with Fahrenheit {}

void main() {
  var t = Thermometer();
  t.celsius = 100;
  print(t.fahrenheit);
  t.fahrenheit = 32;
  print(t.celsius);
  // expect: 212.0
  // expect: 0.0
}
