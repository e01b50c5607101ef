// Checks greedy and lazy quantifiers, counted repetition and braces that are not quantifiers.
void main() {
  print(RegExp(r'a{2,3}').stringMatch('aaaa')); // expect: aaa
  print(RegExp(r'a{2}').stringMatch('aaaa')); // expect: aa
  print(RegExp(r'a{2,}').stringMatch('aaaa')); // expect: aaaa
  print(RegExp(r'<.+>').stringMatch('<a><b>')); // expect: <a><b>
  print(RegExp(r'<.+?>').stringMatch('<a><b>')); // expect: <a>
  print(RegExp(r'a{,3}').stringMatch('a{,3}')); // expect: a{,3}
  print(RegExp(r'x{').hasMatch('x{')); // expect: true
  print(RegExp(r'(?:ab)+').stringMatch('ababab')); // expect: ababab
  print(RegExp(r'colou?r').allMatches('color colour').length); // expect: 2
}
