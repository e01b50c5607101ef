// Checks an assert in a constructor initialiser list, with --enable-asserts.
// flags: --enable-asserts
class Positive {
  final int v;
  Positive(this.v) : assert(v > 0, 'must be positive');
}

void main() {
  print(Positive(3).v); // expect: 3
  try {
    Positive(-1);
  } on AssertionError catch (e) {
    print(e.message); // expect: must be positive
  }
}
