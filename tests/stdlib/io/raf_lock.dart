// lockSync/unlockSync and lock/unlock on an open file; bad ranges are ArgumentErrors.
import 'dart:io';

Future<void> main() async {
  Directory dir = Directory.systemTemp.createTempSync("islet_io_");
  RandomAccessFile raf = File("${dir.path}/l.bin").openSync(mode: FileMode.write);
  raf.lockSync();
  raf.unlockSync();
  raf.lockSync(FileLock.shared, 0, 10);
  raf.unlockSync(0, 10);
  await raf.lock(FileLock.exclusive, 2);
  await raf.unlock(2);
  try {
    raf.lockSync(FileLock.exclusive, 5, 2);
  } on ArgumentError catch (e) {
    print(e);
  }
  print("locked and unlocked");
  raf.closeSync();
  dir.deleteSync(recursive: true);
}
// expect: Invalid argument(s)
// expect: locked and unlocked
