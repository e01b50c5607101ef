// Checks ByteData.view over part of a buffer and that it shares bytes with a list view.
import 'dart:typed_data';

void main() {
  var list = Uint8List(6);
  var view = ByteData.view(list.buffer, 2, 4);
  view.setUint16(0, 0xABCD);
  print(list); // expect: [0, 0, 171, 205, 0, 0]
  print(view.offsetInBytes); // expect: 2
  print(view.lengthInBytes); // expect: 4
  print(view.buffer.lengthInBytes); // expect: 6
  var all = list.buffer.asByteData();
  print(all.getUint16(2)); // expect: 43981
}
