// Checks that finally runs when the try block returns, after the return value is computed.
int value() {
  print('computing');
  return 1;
}

int f() {
  try {
    return value();
  } finally {
    print('finally');
  }
}

void main() {
  print(f());
  // expect: computing
  // expect: finally
  // expect: 1
}
