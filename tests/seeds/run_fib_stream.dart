// The API reference's asynchronous Isolate.run example: the future of an async* stream's
// element is awaited in the new isolate. (slowFib(40) in the reference; 25 here.)
// flags: --deterministic
// flags:
import 'dart:isolate';

int slowFib(int n) => n <= 1 ? 1 : slowFib(n - 1) + slowFib(n - 2);
Stream<int> fibStream() async* {
  for (var i = 0;; i++) yield slowFib(i);
}

Future<void> main() async {
  // Returns `Future<int>`.
  var fib25 = await Isolate.run(() => fibStream().elementAt(25));
  print(fib25);
}
// expect: 121393
