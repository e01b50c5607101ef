// try/finally in a sync* body: the finally runs when the body finishes.
Iterable<String> lines() sync* {
  try {
    yield 'a';
    yield 'b';
  } finally {
    print('closed');
  }
}

void main() {
  for (var l in lines()) {
    print(l);
  }
}
// expect: a
// expect: b
// expect: closed
