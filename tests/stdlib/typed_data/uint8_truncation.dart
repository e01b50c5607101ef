// Checks that Uint8List stores value & 0xff and reads back unsigned bytes.
import 'dart:typed_data';

void main() {
  var l = Uint8List(5);
  l[0] = 257;
  l[1] = -1;
  l[2] = 0x1234;
  l[3] = 255;
  print(l); // expect: [1, 255, 52, 255, 0]
  print(l.length); // expect: 5
  print(l[1] + l[3]); // expect: 510
}
