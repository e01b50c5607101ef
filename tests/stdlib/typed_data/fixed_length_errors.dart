// Checks that typed lists are fixed-length: add, remove, clear and length= throw Dart's
// UnsupportedError texts.
import 'dart:typed_data';

void check(void Function() f) {
  try {
    f();
  } catch (e) {
    print(e);
  }
}

void main() {
  var l = Int16List(2);
  check(() => l.add(1)); // expect: Unsupported operation: Cannot add to a fixed-length list
  check(() => l.addAll([1])); // expect: Unsupported operation: Cannot add to a fixed-length list
  check(() => l.insert(0, 1)); // expect: Unsupported operation: Cannot insert into a fixed-length list
  check(() => l.removeLast()); // expect: Unsupported operation: Cannot remove from a fixed-length list
  check(() => l.remove(0)); // expect: Unsupported operation: Cannot remove from a fixed-length list
  check(() => l.clear()); // expect: Unsupported operation: Cannot remove from a fixed-length list
  check(() => l.length = 5); // expect: Unsupported operation: Cannot resize a fixed-length list
  print(l); // expect: [0, 0]
}
