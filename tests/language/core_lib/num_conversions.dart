// Checks int/double conversions: toInt, toDouble, toString, int.parse and double.parse.
void main() {
  print(3.99.toInt()); // expect: 3
  print(3.toDouble()); // expect: 3.0
  print(int.parse('42') + 1); // expect: 43
  print(int.parse('-17')); // expect: -17
  print(double.parse('2.5') * 2); // expect: 5.0
  print(int.tryParse('abc')); // expect: null
  print(12.toString().length); // expect: 2
  print((7 / 2).toInt()); // expect: 3
  print(1.0.toInt() is int); // expect: true
}
