// Checks that without --enable-asserts, asserts are skipped and their condition is not run.
bool sideEffect() {
  print('condition evaluated');
  return false;
}

void main() {
  assert(false);
  assert(sideEffect(), 'message');
  print('after asserts'); // expect: after asserts
}
