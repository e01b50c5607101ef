// Checks double.parse and double.tryParse: decimal forms, exponents, Infinity, NaN, whitespace.
void main() {
  print(double.parse('1.5e3')); // expect: 1500.0
  print(double.parse(' .5 ')); // expect: 0.5
  print(double.parse('1.')); // expect: 1.0
  print(double.parse('-0')); // expect: -0.0
  print(double.parse('+2')); // expect: 2.0
  print(double.parse('1e400')); // expect: Infinity
  print(double.parse('-Infinity')); // expect: -Infinity
  print(double.parse('NaN')); // expect: NaN
  print(double.parse('1E-7')); // expect: 1e-7
  print(double.tryParse('1e')); // expect: null
  print(double.tryParse('0x10')); // expect: null
  print(double.tryParse('inf')); // expect: null
}
