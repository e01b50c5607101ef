// Checks sort (default and with a comparator), indexOf/lastIndexOf, getRange, asMap, +, single.
import 'dart:typed_data';

void main() {
  var l = Int16List.fromList([5, -3, 9, 0]);
  l.sort();
  print(l); // expect: [-3, 0, 5, 9]
  l.sort((a, b) => b - a);
  print(l); // expect: [9, 5, 0, -3]
  var f = Float64List.fromList([2.5, -1.0, 0.5]);
  f.sort();
  print(f); // expect: [-1.0, 0.5, 2.5]
  print(l.getRange(1, 3)); // expect: (5, 0)
  print(l.asMap()); // expect: {0: 9, 1: 5, 2: 0, 3: -3}
  print(l + [1]); // expect: [9, 5, 0, -3, 1]
  print(Uint8List.fromList([4]).single); // expect: 4
  print(Int8List.fromList([1, 2, 1]).lastIndexOf(1)); // expect: 2
  try {
    Uint8List(0).first;
  } catch (e) {
    print(e); // expect: Bad state: No element
  }
  print(l.isEmpty); // expect: false
  print(Uint64List(0).isEmpty); // expect: true
}
