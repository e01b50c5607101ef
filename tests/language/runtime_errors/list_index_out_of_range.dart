// Checks the RangeError for reading past the end of a list.
void main() {
  var xs = [1, 2, 3];
  print(xs[2]); // expect: 3
  print(xs[5]); // expect runtime error: RangeError (index): Index out of range: index should be less than 3: 5
}
