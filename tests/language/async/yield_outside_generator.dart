// yield is only allowed in sync* and async* functions.
Iterable<int> f() {
  yield 1; // expect error: 'yield' can only be used in 'sync*' or 'async*' methods.
  return [];
}

void main() {
  print(f());
}
