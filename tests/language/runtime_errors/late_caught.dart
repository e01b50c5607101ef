// Checks that a LateInitializationError can be caught as an Error and printed.
late int counter;

void main() {
  try {
    print(counter);
  } on Error catch (e) {
    print(e); // expect: LateInitializationError: Field 'counter' has not been initialized.
  }
  counter = 3;
  print(counter); // expect: 3
}
