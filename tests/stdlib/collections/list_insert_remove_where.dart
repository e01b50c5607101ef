// insertAll, removeWhere, retainWhere, indexWhere and lastIndexWhere.
void main() {
  var list = [1, 2, 3, 4, 5, 6];
  list.insertAll(1, [10, 11]);
  print(list);
  list.removeWhere((e) => e > 9);
  print(list);
  list.retainWhere((e) => e.isEven);
  print(list);
  print(list.indexWhere((e) => e > 2));
  print(list.lastIndexWhere((e) => e < 6));
  print(list.indexWhere((e) => e > 100));
}
// expect: [1, 10, 11, 2, 3, 4, 5, 6]
// expect: [1, 2, 3, 4, 5, 6]
// expect: [2, 4, 6]
// expect: 1
// expect: 1
// expect: -1
