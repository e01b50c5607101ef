// Checks explicit getters and setters, computed properties and validation in a setter.
class Temperature {
  double _celsius = 0;

  double get celsius => _celsius;
  set celsius(double value) {
    if (value < -273.15) {
      print('too cold');
      return;
    }
    _celsius = value;
  }

  double get fahrenheit => _celsius * 9 / 5 + 32;
  set fahrenheit(double f) => _celsius = (f - 32) * 5 / 9;
}

void main() {
  var t = Temperature();
  t.celsius = 100;
  print(t.fahrenheit); // expect: 212.0
  t.fahrenheit = 32;
  print(t.celsius); // expect: 0.0
  t.celsius = -300; // expect: too cold
  print(t.celsius); // expect: 0.0
  t.celsius += 5;
  print(t.celsius); // expect: 5.0
}
