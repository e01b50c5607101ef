// Lookups during iteration splay the tree but keep the order; adding a key throws
// ConcurrentModificationError.
import 'dart:collection';

void main() {
  var m = SplayTreeMap<int, int>();
  for (var i = 0; i < 20; i++) {
    m[(i * 7) % 20] = i;
  }
  var seen = <int>[];
  for (var k in m.keys) {
    seen.add(k);
    m[19 - k];
    m.containsKey(k ~/ 2);
  }
  print(seen.length);
  print(seen.first);
  print(seen.last);
  var sorted = true;
  for (var i = 1; i < seen.length; i++) {
    if (seen[i - 1] >= seen[i]) sorted = false;
  }
  print(sorted);
  for (var k in m.keys) {
    m[k + 100] = 0;
  }
}
// expect: 20
// expect: 0
// expect: 19
// expect: true
// expect runtime error: Concurrent modification during iteration: Instance of 'SplayTreeMap'.
