// Checks the RangeError for writing past the end of a list: []= does not grow it.
void main() {
  var xs = [0, 0];
  xs[1] = 5;
  print(xs); // expect: [0, 5]
  xs[2] = 7; // expect runtime error: RangeError (index): Index out of range: index should be less than 2: 2
}
