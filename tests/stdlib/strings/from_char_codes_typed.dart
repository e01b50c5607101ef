// String.fromCharCodes reads typed lists (what utf8.encode and File.readAsBytes give) and
// lists implemented in Dart, with the start/end range as for a plain list.
import 'dart:collection';
import 'dart:convert';
import 'dart:typed_data';

class Codes extends ListBase<int> {
  final List<int> _inner;
  Codes(this._inner);
  int get length => _inner.length;
  set length(int n) => _inner.length = n;
  int operator [](int i) => _inner[i];
  void operator []=(int i, int v) => _inner[i] = v;
}

void main() {
  print(String.fromCharCodes(Uint8List.fromList([104, 105]))); // expect: hi
  print(String.fromCharCodes(utf8.encode('abc'))); // expect: abc
  print(String.fromCharCodes(Uint16List.fromList([0x48, 0x49, 0x4a]), 1)); // expect: IJ
  print(String.fromCharCodes(Int32List.fromList([0x1F600])).length); // expect: 2
  print(String.fromCharCodes(Codes([68, 97, 114, 116]), 0, 2)); // expect: Da
  print(String.fromCharCodes([1, 2, 3].map((e) => e + 64))); // expect: ABC
  try {
    String.fromCharCodes(Uint8List(2), 1, 3);
  } on RangeError catch (e) {
    print(e); // expect: RangeError (end): Invalid value: Not in inclusive range 1..2: 3
  }
}
