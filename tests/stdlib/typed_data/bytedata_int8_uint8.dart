// Checks ByteData's one-byte accesses: truncation on set, sign on getInt8.
import 'dart:typed_data';

void main() {
  var d = ByteData(2);
  d.setInt8(0, 200);
  print(d.getInt8(0)); // expect: -56
  print(d.getUint8(0)); // expect: 200
  d.setUint8(1, -1);
  print(d.getUint8(1)); // expect: 255
  print(d.lengthInBytes); // expect: 2
  print(d.offsetInBytes); // expect: 0
  print(d.elementSizeInBytes); // expect: 1
  print(d); // expect: Instance of '_ByteDataView'
}
