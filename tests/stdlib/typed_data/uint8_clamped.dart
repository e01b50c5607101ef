// Checks that Uint8ClampedList clamps ints into 0..255 instead of truncating.
import 'dart:typed_data';

void main() {
  var c = Uint8ClampedList.fromList([300, -5, 7, 256, 255]);
  print(c); // expect: [255, 0, 7, 255, 255]
  c[0] = -1000;
  c[1] = 1000;
  print(c.sublist(0, 2)); // expect: [0, 255]
  var fromSigned = Uint8ClampedList(2);
  fromSigned.setRange(0, 2, Int8List.fromList([-3, 100]));
  print(fromSigned); // expect: [0, 100]
}
