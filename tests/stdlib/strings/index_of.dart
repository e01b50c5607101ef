// Checks indexOf and lastIndexOf with String and RegExp patterns and start positions.
void main() {
  print('hello'.indexOf('l')); // expect: 2
  print('hello'.indexOf('l', 4)); // expect: -1
  print('hello'.indexOf('')); // expect: 0
  print('hello'.indexOf('', 5)); // expect: 5
  print('hello'.lastIndexOf('l')); // expect: 3
  print('hello'.lastIndexOf('l', 2)); // expect: 2
  print('hello'.lastIndexOf('l', 1)); // expect: -1
  print('hello'.lastIndexOf('')); // expect: 5
  print('hello'.indexOf(RegExp(r'l+'))); // expect: 2
  print('hello'.indexOf(RegExp(r'l+'), 4)); // expect: -1
  print('hello'.lastIndexOf(RegExp(r'l'))); // expect: 3
  print('hello'.lastIndexOf(RegExp(r'l'), 2)); // expect: 2
  print('héllo wörld'.indexOf(RegExp('ö'))); // expect: 7
}
