// SplayTreeMap and SplayTreeSet with a custom compare function.
import 'dart:collection';

void main() {
  var byLength = SplayTreeMap<String, int>((a, b) => a.length - b.length);
  byLength['ccc'] = 3;
  byLength['a'] = 1;
  byLength['bb'] = 2;
  byLength['zz'] = 22;
  print(byLength);
  var desc = SplayTreeSet<int>((a, b) => b.compareTo(a));
  desc.addAll([3, 9, 1, 9]);
  print(desc);
  print(desc.first);
  print(desc.last);
  print(SplayTreeSet.from(['pear', 'apple', 'fig']));
}
// expect: {a: 1, bb: 22, ccc: 3}
// expect: {9, 3, 1}
// expect: 9
// expect: 1
// expect: {apple, fig, pear}
