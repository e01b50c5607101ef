// method_calls: two small methods called on objects in a loop (two calls per iteration).
// Measures method dispatch at a monomorphic call site, argument passing and return of an int.
// Twin of method_calls.lua: both print the same line.

class Stepper {
  final int multiplier;

  Stepper(this.multiplier);

  /// Returns the next value of a small linear congruential sequence, kept within 16 bits.
  int step(int x) => (x * multiplier + 7) & 0xFFFF;
}

class Sink {
  int total = 0;

  void add(int x) {
    total += x;
  }
}

void main() {
  const int iterations = 10000000;
  final Stepper stepper = Stepper(31);
  final Sink sink = Sink();
  int x = 1;
  for (int i = 0; i < iterations; i++) {
    x = stepper.step(x);
    sink.add(x);
  }
  print('method_calls: total = ${sink.total}, x = $x');
}
