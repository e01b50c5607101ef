// Checks ByteData float accesses: Float32 rounds, Float64 keeps the double, both endiannesses.
import 'dart:typed_data';

void main() {
  var d = ByteData(16);
  d.setFloat32(0, 0.1);
  print(d.getFloat32(0)); // expect: 0.10000000149011612
  d.setFloat64(8, 1.5, Endian.little);
  print(d.getFloat64(8, Endian.little)); // expect: 1.5
  print(d.getUint8(15)); // expect: 63
  d.setFloat64(8, -2.0);
  print(d.getUint8(8)); // expect: 192
  print(d.getFloat64(8)); // expect: -2.0
}
