// Checks \d \w \s (ECMAScript's whitespace set), negations, ranges and escapes in classes.
void main() {
  print(RegExp(r'\s+').allMatches('a \u00a0\t b\u2028c').length); // expect: 2
  print(RegExp(r'[\s\d]+').stringMatch('a 1\t2b')); // expect:  1	2
  print(RegExp(r'\S+').stringMatch('  ab ')); // expect: ab
  print(RegExp(r'[^a-c]+').stringMatch('abcdefa')); // expect: def
  print(RegExp(r'[\u0041-\u0043]+').stringMatch('xABCD')); // expect: ABC
  print(RegExp(r'\x41\u0042').hasMatch('AB')); // expect: true
  print(RegExp(r'[.]').hasMatch('x')); // expect: false
  print(RegExp(r'[^]').hasMatch('\n')); // expect: true
  print(RegExp(r'[]').hasMatch('a')); // expect: false
  print(RegExp(r'\bfoo\b').allMatches('foo foobar foo').length); // expect: 2
  print(RegExp(r'\W').stringMatch('ab-c')); // expect: -
}
