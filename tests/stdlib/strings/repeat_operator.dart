// Checks String * int: repetition, zero and negative counts give the empty string.
void main() {
  print('ab' * 3); // expect: ababab
  print('[${'ab' * 0}]'); // expect: []
  print('[${'ab' * -1}]'); // expect: []
  print(('é' * 2).length); // expect: 2
}
