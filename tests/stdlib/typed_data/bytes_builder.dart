// BytesBuilder lives in dart:typed_data (and dart:io exports the same class): it collects bytes,
// truncating each to 8 bits, and copies what it is given.
import 'dart:io' as io;
import 'dart:typed_data';

void main() {
  final b = BytesBuilder();
  print('${b.isEmpty} ${b.length}');
  // expect: true 0
  final source = Uint8List.fromList([1, 2]);
  b.add(source);
  source[0] = 99;
  b.addByte(259);
  b.add([-1]);
  print('${b.isNotEmpty} ${b.length} ${b.toBytes()}');
  // expect: true 4 [1, 2, 3, 255]
  print(b.takeBytes());
  // expect: [1, 2, 3, 255]
  print(b.length);
  // expect: 0
  final viaIo = io.BytesBuilder(copy: false)..add([7]);
  print(viaIo is BytesBuilder);
  // expect: true
  print(viaIo.takeBytes());
  // expect: [7]
}
