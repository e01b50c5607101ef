// --threads accepts up to 1024 workers, more than the 64 the scheduler grows to on its own:
// each worker needs its scheduling state, and past 64 the workers read past the end of it
// (a segfault at startup). Isolates then run on the larger pool as on any other.
// flags: --threads=100
import 'dart:isolate';

void main() async {
  var results = await Future.wait([
    for (var i = 0; i < 8; i++) Isolate.run(() => i * i),
  ]);
  print(results);
  // expect: [0, 1, 4, 9, 16, 25, 36, 49]
}
