// Checks Never-returning functions (always throw) and void functions.
Never fail(String message) => throw StateError(message);

void greet(String who) {
  print('hello $who');
}

int check(int x) {
  if (x < 0) fail('negative');
  return x;
}

void main() {
  greet('you'); // expect: hello you
  print(check(3)); // expect: 3
  try {
    check(-1);
  } on StateError catch (e) {
    print(e); // expect: Bad state: negative
  }
}
