// Checks that jsonEncode prints ints and doubles as Dart's toString does.
import 'dart:convert';

void main() {
  print(jsonEncode([1.0, 0.1, 1e21, 1e-7, -0.0, 100, 0.0025])); // expect: [1.0,0.1,1e+21,1e-7,-0.0,100,0.0025]
  print(jsonEncode(9007199254740993)); // expect: 9007199254740993
  print(jsonEncode(-5)); // expect: -5
  print(jsonEncode(123456789.125)); // expect: 123456789.125
}
