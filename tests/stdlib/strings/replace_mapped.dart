// Checks replaceAllMapped and replaceFirstMapped: the callback sees each Match and its groups.
void main() {
  print('a1b2'.replaceAllMapped(RegExp(r'\d'), (m) => '<${int.parse(m[0]!) * 2}>')); // expect: a<2>b<4>
  print('john smith'.replaceAllMapped(RegExp(r'(\w)(\w*)'), (m) => '${m[1]!.toUpperCase()}${m[2]}')); // expect: John Smith
  print('a,b'.replaceAllMapped(',', (m) => ';')); // expect: a;b
  print('abc'.replaceAllMapped('', (m) => '${m.start}')); // expect: 0a1b2c3
  print('a1b2'.replaceFirstMapped(RegExp(r'\d'), (m) => '<${m[0]}>')); // expect: a<1>b2
  print('a1b2'.replaceFirstMapped(RegExp(r'\d'), (m) => '<${m[0]}>', 2)); // expect: a1b<2>
  print('xyz'.replaceFirstMapped('q', (m) => 'never')); // expect: xyz
}
