// Checks fromList from another typed list (converting per element) and toList's growable copy.
import 'dart:typed_data';

void main() {
  var f = Float64List.fromList(Int32List.fromList([1, -2]).map((x) => x.toDouble()).toList());
  print(f); // expect: [1.0, -2.0]
  var u = Uint8List.fromList(Int16List.fromList([256, 257, -2]));
  print(u); // expect: [0, 1, 254]
  var copy = u.toList();
  copy.add(4);
  print(copy); // expect: [0, 1, 254, 4]
  print(u.toList(growable: false).length); // expect: 3
}
