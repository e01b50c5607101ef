// Checks that storing a double into an int list is a TypeError.
import 'dart:typed_data';

void main() {
  dynamic l = Uint8List(1);
  l[0] = 1.5; // expect runtime error: type 'double' is not a subtype of type 'int' of 'value'
}
