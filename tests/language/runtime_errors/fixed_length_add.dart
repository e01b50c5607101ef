// Checks the UnsupportedError from adding to a fixed-length list.
void main() {
  var xs = List.filled(2, 0);
  xs[0] = 1;
  print(xs); // expect: [1, 0]
  xs.add(3); // expect runtime error: Unsupported operation: Cannot add to a fixed-length list
}
