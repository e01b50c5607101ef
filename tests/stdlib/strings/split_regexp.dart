// Checks String.split with a RegExp, including empty matches and an empty input.
void main() {
  print('a1b22c333'.split(RegExp(r'\d+'))); // expect: [a, b, c, ]
  print('a, b,c'.split(RegExp(r',\s*'))); // expect: [a, b, c]
  print('abc'.split(RegExp(''))); // expect: [a, b, c]
  print('1a2'.split(RegExp(r'[a-z]*'))); // expect: [1, 2]
  print(''.split(RegExp('')).length); // expect: 0
  print(''.split(RegExp('x')).length); // expect: 1
  print('x😀y😀z'.split(RegExp('😀'))); // expect: [x, y, z]
}
