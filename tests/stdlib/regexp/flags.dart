// Checks the RegExp flags: caseSensitive, multiLine, dotAll, unicode, and their getters.
void main() {
  print(RegExp('ab', caseSensitive: false).hasMatch('xAB')); // expect: true
  print(RegExp('ab').hasMatch('xAB')); // expect: false
  print(RegExp(r'^b$', multiLine: true).allMatches('a\nb\nb').length); // expect: 2
  print(RegExp(r'^b$').allMatches('a\nb\nb').length); // expect: 0
  print(RegExp('a.b').hasMatch('a\nb')); // expect: false
  print(RegExp('a.b', dotAll: true).hasMatch('a\nb')); // expect: true
  var re = RegExp('x', multiLine: true, caseSensitive: false, unicode: true, dotAll: true);
  print('${re.isMultiLine} ${re.isCaseSensitive} ${re.isUnicode} ${re.isDotAll}'); // expect: true false true true
  print(RegExp('x').isCaseSensitive); // expect: true
}
