// LinkedHashSet: insertion order, custom equality, identity.
import 'dart:collection';

void main() {
  print({1} is LinkedHashSet);
  var s = LinkedHashSet<int>(equals: (a, b) => a % 10 == b % 10, hashCode: (a) => a % 10);
  s.addAll([1, 11, 2, 21, 3]);
  print(s);
  print(s.lookup(13));
  print(s.remove(31));
  print(s);
  var ids = LinkedHashSet<List<int>>.identity();
  ids.add([1]);
  ids.add([1]);
  print(ids.length);
  print(LinkedHashSet.from([3, 2, 3]));
}
// expect: true
// expect: {1, 2, 3}
// expect: 3
// expect: true
// expect: {2, 3}
// expect: 2
// expect: {3, 2}
