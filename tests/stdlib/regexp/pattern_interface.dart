// Checks that String and RegExp both work as Pattern through one Pattern-typed variable.
int countIn(Pattern p, String s) => p.allMatches(s).length;

void main() {
  print(countIn('a', 'banana')); // expect: 3
  print(countIn(RegExp('an'), 'banana')); // expect: 2
  Pattern p = RegExp(r'n(a)');
  print(p.matchAsPrefix('banana', 2)![1]); // expect: a
  print('ab' is Pattern); // expect: true
  print(RegExp('x') is Pattern); // expect: true
  print(RegExp('x').firstMatch('x') is Match); // expect: true
  print(RegExp('x').firstMatch('x') is RegExpMatch); // expect: true
}
