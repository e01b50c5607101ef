// HashSet: add, contains, remove, set algebra, bucket-order iteration for small ints.
import 'dart:collection';

void main() {
  var s = HashSet<int>();
  s.addAll([6, 2, 4]);
  print(s);
  print(s.add(2));
  print(s.contains(4));
  print(s.remove(4));
  print(s);
  print(s.union({1}).length);
  print(HashSet.of([3, 3, 1]).length);
  var ci = HashSet<String>(equals: (a, b) => a.toLowerCase() == b.toLowerCase(), hashCode: (s) => s.toLowerCase().hashCode);
  ci.add('Hi');
  print(ci.contains('HI'));
}
// expect: {2, 4, 6}
// expect: false
// expect: true
// expect: true
// expect: {2, 6}
// expect: 3
// expect: 2
// expect: true
