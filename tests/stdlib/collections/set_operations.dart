// union, intersection, difference, lookup, containsAll.
void main() {
  var a = {1, 2, 3};
  var b = {2, 3, 4};
  print(a.union(b));
  print(a.intersection(b));
  print(a.difference(b));
  print(a.lookup(2));
  print(a.lookup(9));
  print(a.containsAll([1, 3]));
  print(a.containsAll([1, 5]));
}
// expect: {1, 2, 3, 4}
// expect: {2, 3}
// expect: {1}
// expect: 2
// expect: null
// expect: true
// expect: false
