// Isolate.run returns the computation's result, also of an async computation.
// flags: --deterministic
// flags:
import 'dart:isolate';

int slowFib(int n) => n <= 1 ? 1 : slowFib(n - 1) + slowFib(n - 2);

Stream<int> fibStream() async* {
  for (var i = 0;; i++) yield slowFib(i);
}

Future<void> main() async {
  print(await Isolate.run(() => slowFib(20)));
  print(await Isolate.run(() => fibStream().elementAt(15)));
  var big = await Isolate.run(() => List.generate(5, (i) => {'i': i}));
  print(big);
}
// expect: 10946
// expect: 987
// expect: [{i: 0}, {i: 1}, {i: 2}, {i: 3}, {i: 4}]
