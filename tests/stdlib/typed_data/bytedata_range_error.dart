// Checks ByteData's RangeError for an access that does not fit: the limit is the last valid
// byteOffset + 1.
import 'dart:typed_data';

void main() {
  var d = ByteData(8);
  try {
    d.getInt32(6);
  } catch (e) {
    print(e); // expect: RangeError (byteOffset): Index out of range: index should be less than 5: 6
  }
  try {
    d.setUint8(-1, 0);
  } catch (e) {
    print(e); // expect: RangeError (byteOffset): Index out of range: index must not be negative: -1
  }
  d.getFloat64(1); // expect runtime error: RangeError (byteOffset): Index out of range: index should be less than 1: 1
}
