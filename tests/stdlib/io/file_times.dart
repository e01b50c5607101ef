// File.lastModified/lastAccessed (sync and async) and FileStat's changed/modified/accessed are
// local DateTimes; a missing file's stat has DateTime(0), and lastModified of one throws.
import 'dart:io';

Future<void> main() async {
  final dir = Directory.systemTemp.createTempSync('file_times');
  final f = File('${dir.path}/a.txt')..writeAsStringSync('x');
  final now = DateTime.now();
  final m = f.lastModifiedSync();
  print(m.isUtc); // expect: false
  print(now.difference(m).inSeconds.abs() < 60); // expect: true
  print((await f.lastModified()) == m); // expect: true
  print(f.lastAccessedSync().year == now.year); // expect: true
  print((await f.lastAccessed()).year == now.year); // expect: true
  final st = f.statSync();
  print(st.modified == m); // expect: true
  print(st.changed.year == now.year); // expect: true
  print(st.toString().split('\n').map((l) => l.trim().split(' ').first).toList()); // expect: [FileStat:, changed, modified, accessed, mode, size]
  final missing = FileStat.statSync('${dir.path}/nope');
  print([missing.type, missing.size, missing.modified == DateTime(0)]); // expect: [notFound, -1, true]
  try {
    File('${dir.path}/nope').lastModifiedSync();
  } on FileSystemException catch (e) {
    print(e.message); // expect: Cannot retrieve modification time
  }
  dir.deleteSync(recursive: true);
}
