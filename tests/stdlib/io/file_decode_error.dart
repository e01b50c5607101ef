// readAsStringSync of bytes that are not UTF-8 fails with Dart's decoding message.
import 'dart:convert';
import 'dart:io';

void main() {
  Directory dir = Directory.systemTemp.createTempSync("islet_io_");
  File file = File("${dir.path}/bad.txt")..writeAsBytesSync([0x61, 0xFF, 0x62]);
  try {
    file.readAsStringSync();
  } on FileSystemException catch (e) {
    print(e.toString().replaceAll(dir.path, "TMP"));
  }
  print(file.readAsStringSync(encoding: latin1).length);
  dir.deleteSync(recursive: true);
}
// expect: FileSystemException: Failed to decode data using encoding 'utf-8', path = 'TMP/bad.txt'
// expect: 3
