// Checks that typed lists are Lists and Iterables: is, for-in, spread, interpolation, iterable
// methods.
import 'dart:typed_data';

void main() {
  var l = Uint8List.fromList([3, 1, 2]);
  print(l is List<int>); // expect: true
  print(l is Iterable); // expect: true
  print(l is TypedData); // expect: true
  print(Float64List(1) is List<double>); // expect: true
  var sum = 0;
  for (var x in l) sum += x;
  print(sum); // expect: 6
  print([...l, 9]); // expect: [3, 1, 2, 9]
  print("bytes: $l"); // expect: bytes: [3, 1, 2]
  print(l.map((x) => x * 2).toList()); // expect: [6, 2, 4]
  print(l.where((x) => x > 1)); // expect: (3, 2)
  print(l.reduce((a, b) => a + b)); // expect: 6
  print(l.fold<int>(10, (a, b) => a + b)); // expect: 16
  print(l.contains(2)); // expect: true
  print(l.indexOf(2)); // expect: 2
  print(l.join("-")); // expect: 3-1-2
  print(l.first); // expect: 3
  print(l.last); // expect: 2
  print(l.reversed); // expect: (2, 1, 3)
  print(l.toList()..add(7)); // expect: [3, 1, 2, 7]
  print(l.skip(1).take(1)); // expect: (1)
}
