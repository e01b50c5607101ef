// fold, reduce, join, every and any.
void main() {
  var list = [1, 2, 3, 4];
  print(list.fold<int>(10, (sum, e) => sum + e));
  print(list.reduce((a, b) => a * b));
  print(list.join(', '));
  print(list.join());
  print(list.every((e) => e > 0));
  print(list.any((e) => e > 3));
  print(<int>[].any((e) => true));
}
// expect: 20
// expect: 24
// expect: 1, 2, 3, 4
// expect: 1234
// expect: true
// expect: true
// expect: false
