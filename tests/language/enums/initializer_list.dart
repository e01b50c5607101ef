// An enum constructor with an initializer list and a default parameter.
enum Temperature {
  freezing(0),
  boiling(100, unit: "C");

  const Temperature(int value, {this.unit = "C"}) : label = "$value°";
  final String label;
  final String unit;
}

void main() {
  print(Temperature.freezing.label + Temperature.freezing.unit);
  print(Temperature.boiling.label + Temperature.boiling.unit);
  // expect: 0°C
  // expect: 100°C
}
