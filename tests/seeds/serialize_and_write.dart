// The API reference's two serializeAndWrite examples. Closures capture only what they use, so
// the first one works too (its closure uses `o`, not the open file); the second does the same
// through a helper function.
// flags: --deterministic
// flags:
import 'dart:convert';
import 'dart:io';
import 'dart:isolate';

void serializeAndWrite(File f, Object o) async {
  final openFile = await f.open(mode: FileMode.append);
  Future writeNew() async {
    final encoded = await Isolate.run(() => jsonEncode(o));
    await openFile.writeString(encoded);
    await openFile.flush();
    await openFile.close();
  }

  if (await openFile.position() == 0) {
    await writeNew();
  }
}

void serializeAndWrite2(File f, Object o) async {
  final openFile = await f.open(mode: FileMode.append);
  Future writeNew() async {
    Future<String> encode(o) => Isolate.run(() => jsonEncode(o));
    final encoded = await encode(o);
    await openFile.writeString(encoded);
    await openFile.flush();
    await openFile.close();
  }

  if (await openFile.position() == 0) {
    await writeNew();
  }
}

Future<void> main() async {
  var dir = Directory.systemTemp.createTempSync('seeds');
  var first = File('${dir.path}/first.json');
  var second = File('${dir.path}/second.json');
  serializeAndWrite(first, {'a': 1, 'b': [true, null]});
  serializeAndWrite2(second, [1, 2, 3]);
  await Future.delayed(const Duration(milliseconds: 300));
  print(first.readAsStringSync());
  print(second.readAsStringSync());
  dir.deleteSync(recursive: true);
}
// expect: {"a":1,"b":[true,null]}
// expect: [1,2,3]
