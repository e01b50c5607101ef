// Checks the numbers jsonDecode reads: ints when integral and in range, doubles otherwise.
import 'dart:convert';

void main() {
  var values = jsonDecode('[0, -0, 1e2, 1E-2, -1.5, 9223372036854775807, 9223372036854775808]');
  print(values); // expect: [0, 0, 100.0, 0.01, -1.5, 9223372036854775807, 9223372036854776000.0]
  print(values[0] is int); // expect: true
  print(values[2] is double); // expect: true
  print(jsonDecode("-0.0")); // expect: -0.0
  print(jsonDecode("1e400")); // expect: Infinity
  print(jsonDecode("123.456e-2")); // expect: 1.23456
  print(jsonDecode("-9223372036854775808")); // expect: -9223372036854775808
}
