// Checks that views share their buffer: writes through one view show in the others, and
// offsetInBytes, lengthInBytes and elementSizeInBytes describe each view.
import 'dart:typed_data';

void main() {
  var bytes = Uint8List(8);
  var words = Uint32List.view(bytes.buffer);
  words[0] = 0x01020304;
  print(bytes); // expect: [4, 3, 2, 1, 0, 0, 0, 0]
  var tail = Uint8List.view(bytes.buffer, 4, 2);
  tail[1] = 7;
  print(bytes[5]); // expect: 7
  print(tail.offsetInBytes); // expect: 4
  print(tail.lengthInBytes); // expect: 2
  print(words.length); // expect: 2
  print(words.lengthInBytes); // expect: 8
  print(words.elementSizeInBytes); // expect: 4
  print(Float64List(3).lengthInBytes); // expect: 24
  print(bytes.buffer.lengthInBytes); // expect: 8
  print(Int16List.bytesPerElement); // expect: 2
  print(words.buffer == bytes.buffer); // expect: true
  var shorts = bytes.buffer.asInt16List(2);
  print(shorts.length); // expect: 3
}
