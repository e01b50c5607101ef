// Checks that Float32List rounds to single precision and Float64List keeps doubles exactly.
import 'dart:typed_data';

void main() {
  var f = Float32List.fromList([0.1, 1.5, 1e40, -1e-50]);
  print(f); // expect: [0.10000000149011612, 1.5, Infinity, -0.0]
  var d = Float64List.fromList([0.1, double.nan, -0.0]);
  print(d); // expect: [0.1, NaN, -0.0]
  var z = Float64List(2);
  print(z); // expect: [0.0, 0.0]
  print(z[0] is double); // expect: true
}
