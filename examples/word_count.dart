// Word frequencies: splitting text, counting in a map, ranking entries.
const text = '''
the cat sat on the mat
the dog sat on the log
''';

void main() {
  var counts = <String, int>{};
  for (var line in text.split('\n')) {
    for (var word in line.split(' ')) {
      if (word.isEmpty) continue;
      counts[word] = (counts[word] ?? 0) + 1;
    }
  }
  var ranked = counts.entries.toList()
    ..sort((a, b) => b.value != a.value ? b.value - a.value : a.key.compareTo(b.key));
  for (var e in ranked) {
    print('${e.key.padRight(4)} ${'#' * e.value}');
  }
}
