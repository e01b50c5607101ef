// Checks that sublist returns a copy of the same typed list class, and its range errors.
import 'dart:typed_data';

void main() {
  var l = Int32List.fromList([1, 2, 3, 4, 5]);
  var s = l.sublist(1, 3);
  print(s); // expect: [2, 3]
  print(s is Int32List); // expect: true
  s[0] = 99;
  print(l[1]); // expect: 2
  print(l.sublist(3)); // expect: [4, 5]
  print(Float32List.fromList([1.5, 2.5]).sublist(1) is Float32List); // expect: true
  try {
    l.sublist(2, 9);
  } catch (e) {
    print(e); // expect: RangeError (end): Invalid value: Not in inclusive range 2..5: 9
  }
}
