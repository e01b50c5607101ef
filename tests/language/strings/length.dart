// Checks String.length, counting UTF-16 code units, and isEmpty/isNotEmpty.
void main() {
  print('hello'.length); // expect: 5
  print(''.length); // expect: 0
  print('a\nb'.length); // expect: 3
  print('é'.length); // expect: 1
  print('😀'.length); // expect: 2
  print(''.isEmpty); // expect: true
  print('x'.isNotEmpty); // expect: true
}
