// operator +, toList(growable: false) and toSet on lists.
void main() {
  var a = [1, 2];
  var b = a + [3];
  print(b);
  var fixed = b.toList(growable: false);
  try { fixed.add(4); } catch (e) { print(e); }
  print([1, 1, 2].toSet());
}
// expect: [1, 2, 3]
// expect: Unsupported operation: Cannot add to a fixed-length list
// expect: {1, 2}
