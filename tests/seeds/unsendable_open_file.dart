// A closure that really uses an open file cannot be sent: Isolate.run fails with the error the
// reference documents.
// flags: --deterministic
import 'dart:io';
import 'dart:isolate';

Future<void> main() async {
  var dir = Directory.systemTemp.createTempSync('seeds');
  var f = File('${dir.path}/log.txt');
  final openFile = await f.open(mode: FileMode.append);
  try {
    await Isolate.run(() => openFile.path);
  } on ArgumentError catch (e) {
    print(e.toString().startsWith(
        'Invalid argument(s): Illegal argument in isolate message'));
  }
  await openFile.close();
  dir.deleteSync(recursive: true);
}
// expect: true
