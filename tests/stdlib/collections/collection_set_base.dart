// A user set extending SetBase gets the Set members from add, contains, lookup, remove,
// iterator, length and toSet.
import 'dart:collection';

class EvenSet extends SetBase<int> {
  final Set<int> _inner = {};
  bool add(int value) => value.isEven && _inner.add(value);
  bool contains(Object? element) => _inner.contains(element);
  int? lookup(Object? element) => _inner.lookup(element);
  bool remove(Object? value) => _inner.remove(value);
  Iterator<int> get iterator => _inner.iterator;
  int get length => _inner.length;
  Set<int> toSet() => EvenSet()..addAll(_inner);
}

void main() {
  var s = EvenSet();
  s.addAll([1, 2, 3, 4]);
  print(s);
  print(s.union({6, 7}));
  print(s.intersection({4}));
  print(s.containsAll([2, 4]));
  s.clear();
  print(s.isEmpty);
}
// expect: {2, 4}
// expect: {2, 4, 6}
// expect: {4}
// expect: true
// expect: true
