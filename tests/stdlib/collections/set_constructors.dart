// Set.from, Set.of, Set.identity and Set.unmodifiable.
class Box {
  final int v;
  Box(this.v);
  bool operator ==(Object other) => other is Box && other.v == v;
  int get hashCode => v;
  String toString() => 'Box($v)';
}

void main() {
  print(Set.from([3, 1, 3]));
  print(Set.of(['a', 'b', 'a']));
  var box = Box(1);
  var ids = Set.identity();
  ids.add(box);
  ids.add(Box(1));
  ids.add(box);
  print(ids);
  print(ids.contains(Box(1)));
  var fixed = Set.unmodifiable([1]);
  fixed.add(2);
}
// expect: {3, 1}
// expect: {a, b}
// expect: {Box(1), Box(1)}
// expect: false
// expect runtime error: Unsupported operation: Cannot change an unmodifiable set
