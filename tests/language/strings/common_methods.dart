// Checks everyday String methods: case, substring, indexOf, contains, split, trim, replaceAll.
void main() {
  var s = '  Hello, World  ';
  var t = s.trim();
  print(t); // expect: Hello, World
  print(t.toUpperCase()); // expect: HELLO, WORLD
  print(t.toLowerCase()); // expect: hello, world
  print(t.substring(7)); // expect: World
  print(t.substring(0, 5)); // expect: Hello
  print(t.indexOf('o')); // expect: 4
  print(t.indexOf('z')); // expect: -1
  print(t.contains('World')); // expect: true
  print(t.startsWith('Hell')); // expect: true
  print(t.endsWith('!')); // expect: false
  print('a,b,,c'.split(',')); // expect: [a, b, , c]
  print('x-y-z'.replaceAll('-', '+')); // expect: x+y+z
  print('7'.padLeft(3, '0')); // expect: 007
  print('ab'.padRight(4, '.') + '|'); // expect: ab..|
  print('abc'.split('')); // expect: [a, b, c]
}
