// Text statistics: word splitting by code units, frequencies, rankings and a StringBuffer report.
const text = '''
The quick brown fox jumps over the lazy dog. The dog sleeps!
A fox is quick; a dog is lazy. Is the fox happy? Yes, the fox is happy.''';

bool isLetter(int c) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

List<String> words(String s) {
  var result = <String>[];
  var current = StringBuffer();
  for (var i = 0; i < s.length; i++) {
    if (isLetter(s.codeUnitAt(i))) {
      current.write(s[i]);
    } else if (current.isNotEmpty) {
      result.add(current.toString().toLowerCase());
      current.clear();
    }
  }
  if (current.isNotEmpty) result.add(current.toString().toLowerCase());
  return result;
}

int countWhere(String s, bool Function(String) test) {
  var count = 0;
  for (var i = 0; i < s.length; i++) {
    if (test(s[i])) count++;
  }
  return count;
}

String fixed2(int hundredths) {
  var cents = (hundredths % 100).toString().padLeft(2, '0');
  return '${hundredths ~/ 100}.$cents';
}

void main() {
  var ws = words(text);
  var freq = <String, int>{};
  for (var w in ws) {
    freq[w] = (freq[w] ?? 0) + 1;
  }
  var ranked = freq.entries.toList()
    ..sort((a, b) => b.value != a.value ? b.value - a.value : a.key.compareTo(b.key));
  var distinct = ws.toSet().toList()
    ..sort((a, b) => b.length != a.length ? b.length - a.length : a.compareTo(b));
  var letters = ws.fold(0, (int n, w) => n + w.length);
  var byInitial = <String, Set<String>>{};
  for (var w in ws) {
    byInitial.putIfAbsent(w[0], () => <String>{}).add(w);
  }

  var report = StringBuffer();
  report.writeln('characters: ${text.length}');
  report.writeln('lines: ${text.split('\n').length}');
  report.writeln('sentences: ${countWhere(text, (c) => '.!?'.contains(c))}');
  report.writeln('capitals: ${countWhere(text, (c) => c != c.toLowerCase())}');
  report.writeln('words: ${ws.length}, distinct: ${freq.length}');
  report.writeln('average word length: ${fixed2(letters * 100 ~/ ws.length)}');
  report.writeln('top words:');
  for (var e in ranked.take(4)) {
    report.writeln('  ${e.key.padRight(6)}${'*' * e.value} (${e.value})');
  }
  report.write('longest: ');
  report.writeAll(distinct.take(3), ', ');
  print(report);
  // expect: characters: 132
  // expect: lines: 2
  // expect: sentences: 5
  // expect: capitals: 5
  // expect: words: 29, distinct: 13
  // expect: average word length: 3.34
  // expect: top words:
  // expect:   the   ***** (5)
  // expect:   fox   **** (4)
  // expect:   is    **** (4)
  // expect:   dog   *** (3)
  // expect: longest: sleeps, brown, happy
  var once = [for (var e in freq.entries) if (e.value == 1) e.key];
  print('used once: ${once.length} ${once.take(3).toList()}');
  // expect: used once: 5 [brown, jumps, over]
  var initials = byInitial.keys.toList()..sort();
  print(initials.join());
  // expect: abdfhijloqsty
  print(byInitial['h']);
  // expect: {happy}
  print(freq['fox'] == freq['the']);
  // expect: false
}
