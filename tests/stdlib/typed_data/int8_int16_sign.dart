// Checks that the signed int lists wrap to their bit width and read back signed values.
import 'dart:typed_data';

void main() {
  var a = Int8List.fromList([127, 128, 255, -129]);
  print(a); // expect: [127, -128, -1, 127]
  var b = Int16List.fromList([32767, 32768, 65535, -1]);
  print(b); // expect: [32767, -32768, -1, -1]
  var c = Uint16List.fromList([-1, 65536, 40000]);
  print(c); // expect: [65535, 0, 40000]
}
