// Checks that a negative length is a RangeError on 'length'.
import 'dart:typed_data';

void main() {
  Uint8List(-1); // expect runtime error: RangeError (length): Invalid value: Not in inclusive range 0..
}
