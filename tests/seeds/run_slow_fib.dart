// The API reference's Isolate.run example: compute without blocking the current isolate.
// (The reference computes slowFib(40), about 330 million calls; 27 keeps the test quick.)
// flags: --deterministic
// flags:
import 'dart:isolate';

int slowFib(int n) => n <= 1 ? 1 : slowFib(n - 1) + slowFib(n - 2);

Future<void> main() async {
  // Compute without blocking current isolate.
  var fib27 = await Isolate.run(() => slowFib(27));
  print(fib27);
}
// expect: 317811
