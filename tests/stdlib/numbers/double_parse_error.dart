// Checks the FormatException of double.parse ("Invalid double" with the source).
void main() {
  try {
    double.parse('1,5');
  } on FormatException catch (e) {
    print(e.message); // expect: Invalid double
    print(e.source); // expect: 1,5
    print(e.offset); // expect: null
  }
  double.parse('abc'); // expect runtime error: FormatException: Invalid double
}
