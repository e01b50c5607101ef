// Checks codeUnits, codeUnitAt and runes: surrogate pairs are two units but one rune.
void main() {
  String s = 'aé😀';
  print(s.length); // expect: 4
  print(s.codeUnits); // expect: [97, 233, 55357, 56832]
  print(s.codeUnitAt(2)); // expect: 55357
  print(s.runes); // expect: (97, 233, 128512)
  print(s.runes.length); // expect: 3
  print(s.runes.last); // expect: 128512
  print(String.fromCharCodes(s.runes)); // expect: aé😀
  print('\ud800x'.runes.toList()); // expect: [55296, 120]
  s.codeUnitAt(4); // expect runtime error: RangeError (index): Index out of range: index should be less than 4: 4
}
