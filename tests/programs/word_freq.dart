// Word frequency counter: Map.update, putIfAbsent, sorted entries, padded table, RegExp named groups, splitMapJoin.
const text = '''
The quick brown fox jumps over the lazy dog. The dog sleeps; the fox runs!
A quick movement of the enemy will jeopardize six gunboats.
Pack my box with five dozen liquor jugs -- the box is heavy.
''';

class WordStat implements Comparable<WordStat> {
  final String word;
  int count;
  final Set<int> lines = {};
  WordStat(this.word, [this.count = 0]);

  @override
  int compareTo(WordStat other) {
    final byCount = other.count.compareTo(count);
    if (byCount != 0) return byCount;
    return word.compareTo(other.word);
  }

  @override
  String toString() => 'WordStat($word, $count, lines: $lines)';
}

void main() {
  final counts = <String, int>{};
  final stats = <String, WordStat>{};
  final wordRe = RegExp(r"[A-Za-z']+");
  final lines = text.trim().split('\n');
  for (var i = 0; i < lines.length; i++) {
    for (final m in wordRe.allMatches(lines[i])) {
      final w = m.group(0)!.toLowerCase();
      counts.update(w, (c) => c + 1, ifAbsent: () => 1);
      stats.putIfAbsent(w, () => WordStat(w))
        ..count += 1
        ..lines.add(i + 1);
    }
  }
  print('distinct words: ${counts.length}');
  print('total words: ${counts.values.fold<int>(0, (a, b) => a + b)}');

  final sorted = counts.entries.toList()
    ..sort((a, b) {
      final c = b.value.compareTo(a.value);
      return c != 0 ? c : a.key.compareTo(b.key);
    });
  print('${'word'.padRight(10)}|${'count'.padLeft(6)}');
  print('${'-' * 10}+${'-' * 6}');
  for (final e in sorted.take(5)) {
    print('${e.key.padRight(10)}|${e.value.toString().padLeft(6)}');
  }

  final statList = stats.values.toList()..sort();
  print(statList.first);
  print(statList.where((s) => s.lines.length > 1).map((s) => s.word).join(', '));

  // Named groups.
  final dateRe = RegExp(r'(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})');
  final log = 'released 2023-05-10, patched 2023-06-01 and 2024-01-15';
  for (final m in dateRe.allMatches(log)) {
    print('${m.namedGroup('day')}/${m.namedGroup('month')}/${m.namedGroup('year')} '
        'at ${m.start}-${m.end} names=${m.groupNames.toList()}');
  }
  final swapped = log.replaceAllMapped(
      dateRe, (m) => '${m[3]}.${m[2]}.${m[1]}');
  print(swapped);

  // splitMapJoin: uppercase the numbers, bracket everything else.
  final masked = 'abc123def45'.splitMapJoin(RegExp(r'\d+'),
      onMatch: (m) => '<${m[0]}>', onNonMatch: (s) => s.toUpperCase());
  print(masked);

  // Letter histogram.
  final letters = <String, int>{};
  for (final ch in text.toLowerCase().split('')) {
    if (RegExp(r'[a-z]').hasMatch(ch)) {
      letters[ch] = (letters[ch] ?? 0) + 1;
    }
  }
  final top = letters.entries.toList()
    ..sort((a, b) => b.value != a.value
        ? b.value - a.value
        : a.key.compareTo(b.key));
  print(top.take(3).map((e) => '${e.key}=${e.value}').join(' '));
  print('missing: ${'abcdefghijklmnopqrstuvwxyz'.split('').where((c) => !letters.containsKey(c)).toList()}');
  final caps = text.split(RegExp(r'\s+')).where((w) => w.isNotEmpty && w[0] == w[0].toUpperCase() && RegExp(r'^[A-Z]').hasMatch(w));
  print(caps.toList());
  print('longest: ${counts.keys.reduce((a, b) => a.length >= b.length ? a : b)}');
}

// expect: distinct words: 28
// expect: total words: 37
// expect: word      | count
// expect: ----------+------
// expect: the       |     6
// expect: box       |     2
// expect: dog       |     2
// expect: fox       |     2
// expect: quick     |     2
// expect: WordStat(the, 6, lines: {1, 2, 3})
// expect: the, quick
// expect: 10/05/2023 at 9-19 names=[year, month, day]
// expect: 01/06/2023 at 29-39 names=[year, month, day]
// expect: 15/01/2024 at 44-54 names=[year, month, day]
// expect: released 10.05.2023, patched 01.06.2023 and 15.01.2024
// expect: ABC<123>DEF<45>
// expect: e=18 o=14 i=9
// expect: missing: []
// expect: [The, The, A, Pack]
// expect: longest: jeopardize
