// Checks the RangeError for a negative list index.
void main() {
  var xs = [1, 2, 3];
  var i = -1;
  print(xs[i]); // expect runtime error: RangeError (index): Index out of range: index must not be negative: -1
}
