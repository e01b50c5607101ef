// Checks the RangeErrors of views: a misaligned offset, a length past the buffer, a negative
// offset.
import 'dart:typed_data';

void main() {
  var buffer = Uint8List(8).buffer;
  try {
    Uint16List.view(buffer, 1);
  } catch (e) {
    print(e); // expect: RangeError: Offset (1) must be a multiple of BYTES_PER_ELEMENT (2)
  }
  try {
    Uint8List.view(buffer, 4, 5);
  } catch (e) {
    print(e); // expect: RangeError: Value not in range: 9
  }
  try {
    Uint8List.view(buffer, -1, 2);
  } catch (e) {
    print(e); // expect: RangeError: Value not in range: -1
  }
  Float64List.view(buffer, 0, 2); // expect runtime error: RangeError: Value not in range: 16
}
