// Checks several named constructors with different initialisation.
class Temperature {
  final double celsius;
  Temperature.celsius(this.celsius);
  Temperature.fahrenheit(double f) : celsius = (f - 32) * 5 / 9;
  Temperature.freezing() : celsius = 0;
}

void main() {
  print(Temperature.celsius(25).celsius); // expect: 25.0
  print(Temperature.fahrenheit(212).celsius); // expect: 100.0
  print(Temperature.freezing().celsius); // expect: 0.0
  var t = new Temperature.celsius(-5);
  print(t.celsius); // expect: -5.0
}
