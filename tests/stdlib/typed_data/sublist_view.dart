// Checks sublistView: a view of part of another typed list, in its element units, and the error
// when the bytes do not divide into whole elements.
import 'dart:typed_data';

void main() {
  var bytes = Uint8List.fromList([1, 0, 2, 0, 3, 0, 4, 0]);
  var shorts = Uint16List.sublistView(bytes, 2, 6);
  print(shorts); // expect: [2, 3]
  print(shorts.offsetInBytes); // expect: 2
  var inner = Uint8List.sublistView(shorts, 1);
  print(inner); // expect: [3, 0]
  print(inner.offsetInBytes); // expect: 4
  var data = ByteData.sublistView(bytes, 4);
  print(data.getUint8(0)); // expect: 3
  print(data.lengthInBytes); // expect: 4
  try {
    Uint32List.sublistView(bytes, 0, 6);
  } catch (e) {
    print(e); // expect: Invalid argument(s): The number of bytes to view must be a multiple of 4
  }
}
