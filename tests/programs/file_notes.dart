// A notes CLI on dart:io: temp directories, File read/write/append, readAsLines, directory listing, stdout, JSON persistence, exit codes.
import 'dart:convert';
import 'dart:io';

class Note {
  final int id;
  final String title;
  final List<String> tags;
  final bool done;
  Note(this.id, this.title, {this.tags = const [], this.done = false});
  Note copyWith({bool? done}) => Note(id, title, tags: tags, done: done ?? this.done);
  Map<String, Object?> toJson() => {'id': id, 'title': title, 'tags': tags, 'done': done};
  factory Note.fromJson(Map<String, dynamic> j) =>
      Note(j['id'] as int, j['title'] as String, tags: List<String>.from(j['tags'] as List), done: j['done'] as bool);
  @override
  String toString() => '${done ? '[x]' : '[ ]'} #$id $title${tags.isEmpty ? '' : ' ${tags.map((t) => '#$t').join(' ')}'}';
}

class NoteStore {
  final File file;
  NoteStore(Directory dir) : file = File('${dir.path}/notes.json');

  Future<List<Note>> load() async {
    if (!await file.exists()) return [];
    final text = await file.readAsString();
    return (jsonDecode(text) as List).map((j) => Note.fromJson(j as Map<String, dynamic>)).toList();
  }

  Future<void> save(List<Note> notes) async {
    await file.writeAsString(const JsonEncoder.withIndent(' ').convert(notes));
  }
}

Future<int> run(NoteStore store, List<String> args) async {
  final notes = await store.load();
  switch (args) {
    case ['add', final title, ...final tags]:
      final id = notes.fold(0, (m, n) => n.id > m ? n.id : m) + 1;
      notes.add(Note(id, title, tags: tags));
      await store.save(notes);
      stdout.writeln('added #$id');
    case ['done', final idText]:
      final id = int.tryParse(idText);
      final index = notes.indexWhere((n) => n.id == id);
      if (index < 0) {
        stdout.writeln('no note $idText');
        return 1;
      }
      notes[index] = notes[index].copyWith(done: true);
      await store.save(notes);
    case ['list']:
      notes.forEach(print);
    case ['tag', final tag]:
      print(notes.where((n) => n.tags.contains(tag)).map((n) => n.id).toList());
    default:
      stdout.writeln('usage: add|done|list|tag');
      return 64;
  }
  return 0;
}

Future<void> main() async {
  final dir = await Directory.systemTemp.createTemp('notes_');
  try {
    final store = NoteStore(dir);
    final commands = [
      ['list'],
      ['add', 'buy milk', 'home'],
      ['add', 'write report', 'work', 'urgent'],
      ['add', 'call mom', 'home'],
      ['done', '2'],
      ['done', '9'],
      ['tag', 'home'],
      ['frobnicate'],
      ['list'],
    ];
    for (final c in commands) {
      final code = await run(store, c);
      if (code != 0) print('exit code $code for ${c.join(' ')}');
    }
    final saved = await store.file.readAsLines();
    print('${saved.length} lines, first two: ${saved.take(2).toList()}');
    print(saved.where((l) => l.contains('"done": true')).length);

    final log = File('${dir.path}/log.txt');
    log.writeAsStringSync('first\n');
    log.writeAsStringSync('second\n', mode: FileMode.append);
    await log.writeAsString('third\n', mode: FileMode.append, flush: true);
    print(log.readAsLinesSync());
    print(log.lengthSync());
    final sink = File('${dir.path}/sink.txt').openWrite();
    sink.write('a');
    sink.writeln('b');
    sink.writeAll([1, 2, 3], '-');
    await sink.close();
    print(File('${dir.path}/sink.txt').readAsStringSync());
    final bytes = await File('${dir.path}/sink.txt').readAsBytes();
    print(bytes.length);
    final lines = await File('${dir.path}/log.txt').openRead().transform(utf8.decoder).transform(const LineSplitter()).toList();
    print(lines);
    await Directory('${dir.path}/sub/deeper').create(recursive: true);
    final names = dir.listSync(recursive: true).map((e) => e.path.substring(dir.path.length + 1)).toList()..sort();
    print(names);
    print(FileSystemEntity.isDirectorySync('${dir.path}/sub'));
    print(await File('${dir.path}/missing.txt').exists());
    try {
      File('${dir.path}/missing.txt').readAsStringSync();
    } on FileSystemException catch (e) {
      print('${e.message}: ${e.path!.split('/').last} (${e.osError?.errorCode})');
    }
    final renamed = await log.rename('${dir.path}/log.old');
    print(renamed.path.endsWith('log.old'));
    print(log.existsSync());
    print(Platform.pathSeparator);
    print(Platform.isLinux || Platform.isMacOS || Platform.isWindows);
  } finally {
    await dir.delete(recursive: true);
    print('cleaned up: ${!dir.existsSync()}');
  }
}

// expect: added #1
// expect: added #2
// expect: added #3
// expect: no note 9
// expect: exit code 1 for done 9
// expect: [1, 3]
// expect: usage: add|done|list|tag
// expect: exit code 64 for frobnicate
// expect: [ ] #1 buy milk #home
// expect: [x] #2 write report #work #urgent
// expect: [ ] #3 call mom #home
// expect: 27 lines, first two: [[,  {]
// expect: 1
// expect: [first, second, third]
// expect: 19
// expect: ab
// expect: 1-2-3
// expect: 8
// expect: [first, second, third]
// expect: [log.txt, notes.json, sink.txt, sub, sub/deeper]
// expect: true
// expect: false
// expect: Cannot open file: missing.txt (2)
// expect: true
// expect: false
// expect: /
// expect: true
// expect: cleaned up: true
