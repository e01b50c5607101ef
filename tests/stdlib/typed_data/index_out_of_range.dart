// Checks the RangeError of reading and writing a typed list outside its length.
import 'dart:typed_data';

void main() {
  var l = Float64List(3);
  try {
    l[3] = 1.0;
  } on RangeError catch (e) {
    print(e); // expect: RangeError (index): Index out of range: index should be less than 3: 3
  }
  try {
    l[-1];
  } catch (e) {
    print(e); // expect: RangeError (index): Index out of range: index must not be negative: -1
  }
  print(Uint8List(2)[5]); // expect runtime error: RangeError (index): Index out of range: index should be less than 2: 5
}
