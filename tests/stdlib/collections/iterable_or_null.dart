// firstOrNull, lastOrNull, singleOrNull, elementAtOrNull and nonNulls.
void main() {
  print([1, 2].firstOrNull);
  print(<int>[].firstOrNull);
  print([1, 2].lastOrNull);
  print([1, 2].singleOrNull);
  print([7].singleOrNull);
  print([1, 2].elementAtOrNull(5));
  print([1, null, 3].nonNulls);
}
// expect: 1
// expect: null
// expect: 2
// expect: null
// expect: 7
// expect: null
// expect: (1, 3)
