// Map.putIfAbsent lets ifAbsent change the map, as Dart's does: memoized recursion through
// putIfAbsent works (it threw ConcurrentModificationError). SplayTreeMap still throws, as Dart's.
import 'dart:collection';

final memo = <int, int>{};
int fib(int n) => n < 2 ? n : memo.putIfAbsent(n, () => fib(n - 1) + fib(n - 2));

void main() {
  print(fib(80)); // expect: 23416728348467685
  print(memo.length); // expect: 79
  final m = <String, int>{};
  print(m.putIfAbsent('a', () => m['a'] = 1)); // expect: 1
  print(m); // expect: {a: 1}
  print(m.putIfAbsent('b', () {
    m.remove('a');
    return 2;
  })); // expect: 2
  print(m); // expect: {b: 2}
  final custom = LinkedHashMap<String, int>(
      equals: (a, b) => a.toLowerCase() == b.toLowerCase(), hashCode: (k) => k.toLowerCase().hashCode);
  custom.putIfAbsent('X', () => custom.putIfAbsent('y', () => 1) + 1);
  print(custom); // expect: {y: 1, X: 2}
  final tree = SplayTreeMap<int, int>();
  try {
    tree.putIfAbsent(1, () => tree[2] = 2);
  } on ConcurrentModificationError {
    print('splay tree throws'); // expect: splay tree throws
  }
}
