// Checks String.split with a String separator: empty fields, no match, empty separator, empty input.
void main() {
  print('a,b,,c'.split(',')); // expect: [a, b, , c]
  print(',a,'.split(',').length); // expect: 3
  print('abc'.split('x')); // expect: [abc]
  print('abc'.split('')); // expect: [a, b, c]
  print(''.split('').length); // expect: 0
  print(''.split(',').length); // expect: 1
  print('a--b--c'.split('--')); // expect: [a, b, c]
}
