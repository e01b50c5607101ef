// map/where/expand/take/skip/takeWhile/skipWhile/followedBy are lazy: the function runs only
// when elements are read.
void main() {
  var calls = 0;
  var mapped = [1, 2, 3].map((e) {
    calls++;
    return e * 10;
  });
  print(calls);
  print(mapped.first);
  print(calls);
  print([1, 2, 3, 4].where((e) => e.isOdd).map((e) => e + 1));
  print([1, 2].expand((e) => [e, e]));
  print([1, 2, 3, 4, 5].skip(1).take(3));
  print([1, 2, 3, 1].takeWhile((e) => e < 3));
  print([1, 2, 3, 1].skipWhile((e) => e < 3));
  print([1].followedBy([2, 3]));
}
// expect: 0
// expect: 10
// expect: 1
// expect: (2, 4)
// expect: (1, 1, 2, 2)
// expect: (2, 3, 4)
// expect: (1, 2)
// expect: (3, 1)
// expect: (1, 2, 3)
