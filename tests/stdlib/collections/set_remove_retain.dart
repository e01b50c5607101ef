// removeAll, retainAll, removeWhere, retainWhere on a set.
void main() {
  var s = {1, 2, 3, 4, 5, 6};
  s.removeAll([1, 2]);
  print(s);
  s.retainAll([3, 4, 5, 9]);
  print(s);
  s.removeWhere((e) => e == 4);
  print(s);
  s.retainWhere((e) => e > 3);
  print(s);
}
// expect: {3, 4, 5, 6}
// expect: {3, 4, 5}
// expect: {3, 5}
// expect: {5}
