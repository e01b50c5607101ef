// Checks replaceAll with String and RegExp patterns; a RegExp replacement is literal ($1 stays).
void main() {
  print('aaa'.replaceAll('a', 'bb')); // expect: bbbbbb
  print('abc'.replaceAll('', '-')); // expect: -a-b-c-
  print('abc'.replaceAll('x', '-')); // expect: abc
  print('héllo wörld'.replaceAll(RegExp(r'[öé]'), '_')); // expect: h_llo w_rld
  print('a1b2'.replaceAll(RegExp(r'\d'), r'$1')); // expect: a$1b$1
  print('aaa'.replaceAll(RegExp('a*'), '-')); // expect: --
  print('abc'.replaceAll(RegExp('x*'), '-')); // expect: -a-b-c-
}
