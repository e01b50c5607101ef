// Checks trim, trimLeft and trimRight with Dart's whitespace (including U+00A0, U+FEFF, U+2028).
void main() {
  print('[${'  x  '.trim()}]'); // expect: [x]
  print('[${'  x  '.trimLeft()}]'); // expect: [x  ]
  print('[${'  x  '.trimRight()}]'); // expect: [  x]
  print('[${'\t\n\r x \u00a0\ufeff\u2028'.trim()}]'); // expect: [x]
  print('[${'   '.trim()}]'); // expect: []
  print('[${'a b'.trim()}]'); // expect: [a b]
}
