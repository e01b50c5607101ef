// SplayTreeSet: sorted set operations and lookup.
import 'dart:collection';

void main() {
  var s = SplayTreeSet<int>.of([5, 1, 4, 1, 3]);
  print(s);
  print(s.contains(4));
  print(s.remove(4));
  print(s.lookup(3));
  print(s.intersection({1, 5, 9}));
  print(s.difference({1}));
  print(s.union({0, 7}));
  print(s.toList());
  print(s.length);
}
// expect: {1, 3, 4, 5}
// expect: true
// expect: true
// expect: 3
// expect: {1, 5}
// expect: {3, 5}
// expect: {0, 1, 3, 5, 7}
// expect: [1, 3, 5]
// expect: 3
