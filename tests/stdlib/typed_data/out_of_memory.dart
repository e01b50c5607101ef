// Checks that a typed list too big for the heap throws OutOfMemoryError instead of crashing,
// and that the program goes on afterwards.
import 'dart:typed_data';

void main() {
  try {
    Uint8List(1 << 40);
  } on OutOfMemoryError catch (e) {
    print(e); // expect: Out of Memory
  }
  try {
    Float64List(1 << 60);
  } on OutOfMemoryError catch (e) {
    print(e); // expect: Out of Memory
  }
  print(Uint8List(3)); // expect: [0, 0, 0]
}
