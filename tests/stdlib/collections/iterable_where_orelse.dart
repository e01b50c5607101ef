// firstWhere, lastWhere and singleWhere, with and without orElse.
void main() {
  var list = [3, 8, 5, 10];
  print(list.firstWhere((e) => e > 4));
  print(list.lastWhere((e) => e.isOdd));
  print(list.singleWhere((e) => e == 8));
  print(list.firstWhere((e) => e > 100, orElse: () => -1));
  print(list.singleWhere((e) => e > 100, orElse: () => 0));
  try { list.singleWhere((e) => e > 4); } catch (e) { print(e); }
  list.lastWhere((e) => e > 100);
}
// expect: 8
// expect: 5
// expect: 8
// expect: -1
// expect: 0
// expect: Bad state: Too many elements
// expect runtime error: Bad state: No element
