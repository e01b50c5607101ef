// Checks that int.parse and int.tryParse reject a radix outside 2..36 with a RangeError.
void main() {
  try {
    int.tryParse('1', radix: 1);
  } on RangeError catch (e) {
    print(e); // expect: RangeError: Radix 1 not in range 2..36
  }
  int.parse('1', radix: 37); // expect runtime error: RangeError: Radix 37 not in range 2..36
}
