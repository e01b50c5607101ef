// writeAsBytesSync and readAsBytesSync keep every byte value; the result is a Uint8List.
import 'dart:io';
import 'dart:typed_data';

void main() {
  Directory dir = Directory.systemTemp.createTempSync("islet_io_");
  File file = File("${dir.path}/data.bin");
  file.writeAsBytesSync([0, 1, 127, 128, 255]);
  Uint8List bytes = file.readAsBytesSync();
  print(bytes);
  print(bytes is Uint8List);
  file.writeAsBytesSync(Uint8List.fromList([9, 8]), mode: FileMode.append);
  print(file.readAsBytesSync());
  file.writeAsBytesSync([]);
  print(file.readAsBytesSync().length);
  dir.deleteSync(recursive: true);
}
// expect: [0, 1, 127, 128, 255]
// expect: true
// expect: [0, 1, 127, 128, 255, 9, 8]
// expect: 0
