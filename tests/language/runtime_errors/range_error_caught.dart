// Checks that an index RangeError can be caught and printed, and is a RangeError.
void main() {
  var xs = [1, 2, 3];
  try {
    xs[3];
  } on RangeError catch (e) {
    print(e); // expect: RangeError (index): Index out of range: index should be less than 3: 3
  }
  try {
    List.filled(2, 0)[9] = 1;
  } catch (e) {
    print(e is RangeError); // expect: true
    print(e is IndexError); // expect: true
  }
}
