// Checks reversed, which is a lazy Iterable that toList() materialises.
void main() {
  var xs = [1, 2, 3];
  print(xs.reversed.toList()); // expect: [3, 2, 1]
  print(xs); // expect: [1, 2, 3]
  for (var x in xs.reversed) {
    print(x);
  }
  // expect: 3
  // expect: 2
  // expect: 1
  print(xs.reversed.first); // expect: 3
}
