// Checks that with --enable-asserts a failing assert throws AssertionError with its message.
// flags: --enable-asserts
void main() {
  try {
    assert(1 > 2, 'one is not greater than two');
    print('not reached');
  } on AssertionError catch (e) {
    print('caught'); // expect: caught
    print(e.message); // expect: one is not greater than two
  }
  assert(2 > 1);
  print('passing assert is fine'); // expect: passing assert is fine
}
