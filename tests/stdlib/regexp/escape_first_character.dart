// RegExp.escape escapes a syntax character at the start of the text when it is the only one
// (the text was returned unchanged).
void main() {
  print(RegExp.escape('.txt')); // expect: \.txt
  print(RegExp.escape('*')); // expect: \*
  print(RegExp(RegExp.escape('.txt')).hasMatch('Xtxt')); // expect: false
  print(['.a', 'b.', ''].map(RegExp.escape).toList()); // expect: [\.a, b\., ]
}
