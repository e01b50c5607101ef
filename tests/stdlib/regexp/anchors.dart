// Checks ^ and $: whole input by default (no match before a final newline), lines in multiLine.
void main() {
  print(RegExp(r'^\s*$').hasMatch('   ')); // expect: true
  print(RegExp(r'a$').hasMatch('a\n')); // expect: false
  print(RegExp(r'a$', multiLine: true).hasMatch('a\n')); // expect: true
  print(RegExp(r'^\d').allMatches('1a\n2b').length); // expect: 1
  print(RegExp(r'^\d', multiLine: true).allMatches('1a\n2b').length); // expect: 2
}
