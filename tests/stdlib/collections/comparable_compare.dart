// Comparable.compare and compareTo on the core comparables.
void main() {
  print(Comparable.compare(1, 2));
  print(Comparable.compare('b', 'a'));
  print(Comparable.compare(2.5, 2.5));
  var list = ['pear', 'apple', 'fig'];
  list.sort(Comparable.compare);
  print(list);
  Comparator<int> byValue = (a, b) => a - b;
  print(byValue(3, 1));
}
// expect: -1
// expect: 1
// expect: 0
// expect: [apple, fig, pear]
// expect: 2
