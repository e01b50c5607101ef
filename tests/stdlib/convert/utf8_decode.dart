// Checks utf8.decode of multi-byte sequences, a leading BOM (dropped), and ranges.
import 'dart:convert';
import 'dart:typed_data';

void main() {
  print(utf8.decode([104, 195, 169, 240, 159, 152, 128])); // expect: hé😀
  print(utf8.decode([0xEF, 0xBB, 0xBF, 0x41]).length); // expect: 1
  print(utf8.decode([0x41, 0xEF, 0xBB, 0xBF]).length); // expect: 2
  print(utf8.decode([])); // expect:
  print(const Utf8Decoder().convert([97, 98, 99, 100], 1, 3)); // expect: bc
  var bytes = Uint8List.fromList([0, 104, 105, 0]);
  print(utf8.decode(Uint8List.sublistView(bytes, 1, 3))); // expect: hi
  print(utf8.decode(utf8.encode("round trip ✓"))); // expect: round trip ✓
}
