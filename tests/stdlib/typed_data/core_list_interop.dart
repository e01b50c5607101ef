// Checks that dart:core collections accept typed lists: List.of/from, setRange, addAll, Set.of.
import 'dart:typed_data';

void main() {
  var u = Uint8List.fromList([1, 2, 3]);
  print(List<int>.of(u)); // expect: [1, 2, 3]
  print(List<int>.from(u, growable: false)); // expect: [1, 2, 3]
  var l = [0, 0, 0, 0];
  l.setRange(1, 4, u);
  print(l); // expect: [0, 1, 2, 3]
  l.addAll(Int8List.fromList([-1]));
  print(l); // expect: [0, 1, 2, 3, -1]
  print(Set.of(u)); // expect: {1, 2, 3}
  print(u.toSet()); // expect: {1, 2, 3}
}
