// Checks that with --enable-asserts the condition runs, and a null message stays null.
// flags: --enable-asserts
bool check() {
  print('check ran');
  return true;
}

void main() {
  assert(check()); // expect: check ran
  try {
    assert(false);
  } catch (e) {
    print(e is AssertionError); // expect: true
    print((e as AssertionError).message); // expect: null
  }
}
