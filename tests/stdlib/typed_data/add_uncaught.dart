// Checks that an uncaught add on a Uint8List reports Dart's UnsupportedError.
import 'dart:typed_data';

void main() {
  var l = Uint8List(1);
  l.add(2); // expect runtime error: Unsupported operation: Cannot add to a fixed-length list
}
