// Checks List.map, where and toList, chained.
void main() {
  var xs = [1, 2, 3, 4, 5, 6];
  var evens = xs.where((x) => x.isEven).toList();
  print(evens); // expect: [2, 4, 6]
  var squares = xs.map((x) => x * x).toList();
  print(squares); // expect: [1, 4, 9, 16, 25, 36]
  var labels = xs.where((x) => x > 4).map((x) => 'n$x').toList();
  print(labels); // expect: [n5, n6]
  var copy = xs.toList();
  copy.add(7);
  print(xs.length); // expect: 6
  print(copy.length); // expect: 7
}
