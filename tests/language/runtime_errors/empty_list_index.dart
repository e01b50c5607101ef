// Checks the RangeError for indexing an empty list.
void main() {
  var xs = <int>[];
  print(xs[0]); // expect runtime error: RangeError (index): Index out of range: no indices are valid: 0
}
