// Checks ByteData's multi-byte accesses in big (the default) and little endian.
import 'dart:typed_data';

void main() {
  var d = ByteData(8);
  d.setUint16(0, 0x1234);
  print(d.getUint8(0)); // expect: 18
  print(d.getUint16(0, Endian.little)); // expect: 13330
  d.setInt32(0, -2, Endian.little);
  print(d.getInt32(0, Endian.little)); // expect: -2
  print(d.getUint32(0, Endian.little)); // expect: 4294967294
  print(d.getUint8(0)); // expect: 254
  d.setInt64(0, 0x0102030405060708);
  print(d.getUint8(7)); // expect: 8
  print(d.getInt64(0, Endian.little).toRadixString(16)); // expect: 807060504030201
  d.setUint64(0, -1);
  print(d.getUint64(0)); // expect: -1
  print(d.getInt16(0)); // expect: -1
  print(Endian.host == Endian.little); // expect: true
}
