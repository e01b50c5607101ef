// Checks isEmpty and isNotEmpty of strings.
void main() {
  print(''.isEmpty); // expect: true
  print(''.isNotEmpty); // expect: false
  print(' '.isEmpty); // expect: false
  print('a'.isNotEmpty); // expect: true
}
