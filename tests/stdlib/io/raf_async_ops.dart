// RandomAccessFile, asynchronous forms, and the rule that one asynchronous operation at a time
// may be pending.
import 'dart:io';

Future<void> main() async {
  Directory dir = Directory.systemTemp.createTempSync("islet_io_");
  RandomAccessFile raf = await File("${dir.path}/a.bin").open(mode: FileMode.write);
  await raf.writeString("abcdef");
  await raf.writeByte(0x67);
  await raf.writeFrom([0x68, 0x69]);
  print(await raf.position());
  print(await raf.length());
  await raf.setPosition(2);
  print(await raf.readByte());
  print(await raf.read(2));
  Future<int> pending = raf.position();
  try {
    await raf.length();
  } on FileSystemException catch (e) {
    print(e.message);
  }
  try {
    raf.lengthSync();
  } on FileSystemException catch (e) {
    print(e.message);
  }
  print(await pending);
  await raf.truncate(3);
  await raf.flush();
  print(await raf.length());
  await raf.close();
  print(File("${dir.path}/a.bin").readAsStringSync());
  dir.deleteSync(recursive: true);
}
// expect: 9
// expect: 9
// expect: 99
// expect: [100, 101]
// expect: An async operation is currently pending
// expect: An async operation is currently pending
// expect: 5
// expect: 3
// expect: abc
