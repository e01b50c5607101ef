// String exercises (exercism style): ciphers, palindromes, anagrams, runes and code units, case conversion, wrapping.
String caesar(String text, int shift) => String.fromCharCodes(text.runes.map((r) {
      if (r >= 0x61 && r <= 0x7a) return (r - 0x61 + shift) % 26 + 0x61;
      if (r >= 0x41 && r <= 0x5a) return (r - 0x41 + shift) % 26 + 0x41;
      return r;
    }));

bool isPalindrome(String s) {
  final clean = s.toLowerCase().replaceAll(RegExp(r'[^a-z0-9]'), '');
  return clean == clean.split('').reversed.join();
}

String snakeToCamel(String s) => s.split('_').indexed
    .map((e) => e.$1 == 0 ? e.$2 : e.$2[0].toUpperCase() + e.$2.substring(1))
    .join();

String camelToSnake(String s) =>
    s.replaceAllMapped(RegExp(r'([a-z0-9])([A-Z])'), (m) => '${m[1]}_${m[2]!.toLowerCase()}');

String camelToKebab(String s) => s.splitMapJoin(RegExp(r'[A-Z]'),
    onMatch: (m) => '-${m[0]!.toLowerCase()}', onNonMatch: (n) => n);

List<String> wrap(String text, int width) {
  final lines = <String>[];
  var line = StringBuffer();
  for (final word in text.split(RegExp(r'\s+'))) {
    if (line.isNotEmpty && line.length + 1 + word.length > width) {
      lines.add(line.toString());
      line = StringBuffer();
    }
    if (line.isNotEmpty) line.write(' ');
    line.write(word);
  }
  if (line.isNotEmpty) lines.add(line.toString());
  return lines;
}

String _rle(String s) {
  final sb = StringBuffer();
  var i = 0;
  while (i < s.length) {
    var j = i;
    while (j < s.length && s[j] == s[i]) {
      j++;
    }
    sb
      ..write(j - i > 1 ? j - i : '')
      ..write(s[i]);
    i = j;
  }
  return sb.toString();
}

void main() {
  print(caesar('Hello, World!', 3));
  print(caesar(caesar('Round trip', 13), 13));
  for (final s in ['A man, a plan, a canal: Panama', 'hello', 'Was it a car or a cat I saw?']) {
    print('"$s" ${isPalindrome(s) ? 'is' : 'is not'} a palindrome');
  }
  final words = ['listen', 'silent', 'enlist', 'google', 'gooegl', 'cat', 'act', 'tac', 'dog'];
  final groups = <String, List<String>>{};
  for (final w in words) {
    final key = (w.split('')..sort()).join();
    groups.putIfAbsent(key, () => []).add(w);
  }
  print(groups.values.where((g) => g.length > 1).toList());
  print(snakeToCamel('user_account_id'));
  print(camelToKebab('backgroundColorDark'));
  print(camelToSnake('parseHttpResponse2Json'));
  print(wrap('The quick brown fox jumps over the lazy dog and keeps running far away', 16).join('\n'));
  print(_rle('WWWWBBBWWCD'));

  const emoji = 'héllo 👋 wörld';
  print(emoji.length);
  print(emoji.runes.length);
  print(emoji.codeUnits.take(3).toList());
  print(emoji.runes.where((r) => r > 127).map((r) => r.toRadixString(16)).toList());
  print(String.fromCharCode(0x1F600));
  print('abc'.codeUnitAt(1));
  print('Dart'.padLeft(8, '*').padRight(12, '-'));
  print('  trim me  '.trimLeft() + '|');
  print('  trim me  '.trimRight() + '|');
  print('banana'.indexOf('an'));
  print('banana'.indexOf('an', 2));
  print('banana'.lastIndexOf('an'));
  print('banana'.replaceFirst('a', 'A'));
  print('banana'.replaceFirst('a', 'A', 2));
  print('banana'.replaceRange(1, 3, 'XX'));
  print('a-b-c'.replaceAll('-', ''));
  print('Hello'.contains(RegExp(r'l+')));
  print('hello world'.startsWith('world', 6));
  print('hello'.endsWith('lo'));
  print('apple'.compareTo('banana'));
  print('b'.compareTo('B'));
  print('MiXeD'.toLowerCase() + 'MiXeD'.toUpperCase());
  print('abc' * 3);
  print('x'.isEmpty || ''.isNotEmpty);
  print('tab\there'.split('\t'));
  print('line1\nline2\r\nline3'.split(RegExp(r'\r?\n')));
  print('a,b;c d'.split(RegExp(r'[,; ]')));
  print('Mississippi'.allMatches('ss').length);
  print('Mississippi'.toLowerCase().split('').toSet().join());
  final sb = StringBuffer('start:');
  sb.writeAll(['a', 1, true], ',');
  sb.writeCharCode(33);
  sb.writeln();
  sb.write('end');
  print(sb);
  print(sb.length);
  print('${1 + 1}${'nested ${'deep'}'}');
  print(r'raw $string \n stays');
  print('unicode: \u00e9 \u{1F600} \x41');
  print('Title Case Words'.split(' ').map((w) => w[0]).join());
  print('%d items'.replaceAll('%d', 5.toString()));
  print('z'.codeUnitAt(0) - 'a'.codeUnitAt(0));
  print(String.fromCharCodes([72, 105]));
  print('abc'.substring(1));
  print('hello'[0].toUpperCase() + 'hello'.substring(1));
  print('a' == 'a' && identical('a', 'a'));
  print('comma separated, values ,here'.split(',').map((s) => s.trim()).toList());
}

// expect: Khoor, Zruog!
// expect: Round trip
// expect: "A man, a plan, a canal: Panama" is a palindrome
// expect: "hello" is not a palindrome
// expect: "Was it a car or a cat I saw?" is a palindrome
// expect: [[listen, silent, enlist], [google, gooegl], [cat, act, tac]]
// expect: userAccountId
// expect: background-color-dark
// expect: parse_http_response2_json
// expect: The quick brown
// expect: fox jumps over
// expect: the lazy dog and
// expect: keeps running
// expect: far away
// expect: 4W3B2WCD
// expect: 14
// expect: 13
// expect: [104, 233, 108]
// expect: [e9, 1f44b, f6]
// expect: 😀
// expect: 98
// expect: ****Dart----
// expect: trim me  |
// expect:   trim me|
// expect: 1
// expect: 3
// expect: 3
// expect: bAnana
// expect: banAna
// expect: bXXana
// expect: abc
// expect: true
// expect: true
// expect: true
// expect: -1
// expect: 1
// expect: mixedMIXED
// expect: abcabcabc
// expect: false
// expect: [tab, here]
// expect: [line1, line2, line3]
// expect: [a, b, c, d]
// expect: 0
// expect: misp
// expect: start:a,1,true!
// expect: end
// expect: 19
// expect: 2nested deep
// expect: raw $string \n stays
// expect: unicode: é 😀 A
// expect: TCW
// expect: 5 items
// expect: 25
// expect: Hi
// expect: bc
// expect: Hello
// expect: true
// expect: [comma separated, values, here]
