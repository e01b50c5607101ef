// Checks ByteBuffer's as*List views over one buffer and that ByteBuffer prints as an instance.
import 'dart:typed_data';

void main() {
  var buffer = Uint8List.fromList([0, 0, 128, 63, 0, 0, 0, 64]).buffer;
  print(buffer.asFloat32List()); // expect: [1.0, 2.0]
  print(buffer.asUint32List(4)); // expect: [1073741824]
  print(buffer.asInt8List(2, 2)); // expect: [-128, 63]
  print(buffer.asUint64List().length); // expect: 1
  print(buffer); // expect: Instance of '_ByteBuffer'
}
