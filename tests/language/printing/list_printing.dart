// Checks how lists of various element types print.
void main() {
  print([1, 2, 3]); // expect: [1, 2, 3]
  print(['a', 'b c']); // expect: [a, b c]
  print([1.5, 2.0]); // expect: [1.5, 2.0]
  print([true, null]); // expect: [true, null]
  print(['']); // expect: []
  print(List.filled(2, 'x')); // expect: [x, x]
}
