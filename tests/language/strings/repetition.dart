// Checks the string * operator, including zero repetitions.
void main() {
  print('ab' * 3); // expect: ababab
  print('-' * 10); // expect: ----------
  print(('x' * 0).isEmpty); // expect: true
  print('=' * 1); // expect: =
}
