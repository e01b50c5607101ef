// Checks setRange (from lists, typed lists, iterables, overlapping), setAll and fillRange.
import 'dart:typed_data';

void main() {
  var l = Uint8List(6);
  l.setRange(0, 3, [1, 2, 3]);
  print(l); // expect: [1, 2, 3, 0, 0, 0]
  l.setRange(1, 4, l);
  print(l); // expect: [1, 1, 2, 3, 0, 0]
  l.setAll(4, [9, 10]);
  print(l); // expect: [1, 1, 2, 3, 9, 10]
  l.fillRange(0, 2, 7);
  print(l); // expect: [7, 7, 2, 3, 9, 10]
  l.setRange(0, 2, Iterable.generate(5, (i) => i + 20), 2);
  print(l); // expect: [22, 23, 2, 3, 9, 10]
  var wide = Int32List.fromList([1000, -1]);
  l.setRange(0, 2, wide);
  print(l); // expect: [232, 255, 2, 3, 9, 10]
  try {
    l.setRange(0, 3, [1]);
  } catch (e) {
    print(e); // expect: Bad state: Too few elements
  }
  try {
    l.fillRange(0, 1);
  } catch (e) {
    print(e); // expect: Invalid argument(s) (fillValue): Must not be null
  }
}
