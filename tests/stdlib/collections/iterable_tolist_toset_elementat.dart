// toList(growable:), toSet, elementAt and its RangeError.
void main() {
  var it = [1, 2, 2, 3].map((e) => e);
  print(it.toList());
  print(it.toSet());
  print(it.elementAt(2));
  it.elementAt(7);
}
// expect: [1, 2, 2, 3]
// expect: {1, 2, 3}
// expect: 2
// expect runtime error: RangeError (index): Index out of range: index should be less than 4: 7
