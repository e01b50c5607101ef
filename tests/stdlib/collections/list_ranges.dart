// sublist, getRange, setRange, setAll, removeRange, fillRange and replaceRange.
void main() {
  var list = [0, 1, 2, 3, 4, 5];
  print(list.sublist(2));
  print(list.sublist(1, 3));
  print(list.getRange(1, 4));
  list.setRange(0, 2, [9, 8, 7], 1);
  print(list);
  list.setAll(4, [6, 6]);
  print(list);
  list.removeRange(1, 3);
  print(list);
  list.fillRange(0, 2, 0);
  print(list);
  list.replaceRange(0, 1, [1, 2, 3]);
  print(list);
}
// expect: [2, 3, 4, 5]
// expect: [1, 2]
// expect: (1, 2, 3)
// expect: [8, 7, 2, 3, 4, 5]
// expect: [8, 7, 2, 3, 6, 6]
// expect: [8, 3, 6, 6]
// expect: [0, 0, 6, 6]
// expect: [1, 2, 3, 0, 6, 6]
