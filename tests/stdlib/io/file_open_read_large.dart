// openRead delivers a file larger than one block in several chunks, all bytes in order.
import 'dart:io';
import 'dart:typed_data';

Future<void> main() async {
  Directory dir = Directory.systemTemp.createTempSync("islet_io_");
  File file = File("${dir.path}/big.bin");
  Uint8List data = Uint8List(200000);
  for (int i = 0; i < data.length; i++) {
    data[i] = i % 251;
  }
  file.writeAsBytesSync(data);
  int count = 0;
  int chunks = 0;
  bool ok = true;
  await for (List<int> chunk in file.openRead()) {
    chunks++;
    for (int b in chunk) {
      if (b != count % 251) ok = false;
      count++;
    }
  }
  print([count, chunks > 1, ok]);
  print(file.readAsBytesSync().length);
  print((await file.readAsBytes()).length);
  dir.deleteSync(recursive: true);
}
// expect: [200000, true, true]
// expect: 200000
// expect: 200000
