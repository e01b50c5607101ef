// Checks num.parse and num.tryParse: an int when the text is an int, a double otherwise.
void main() {
  print(num.parse('12')); // expect: 12
  print(num.parse('12') is int); // expect: true
  print(num.parse('12.0')); // expect: 12.0
  print(num.parse(' 1e3 ')); // expect: 1000.0
  print(num.parse('0x10')); // expect: 16
  print(num.parse('-0.0')); // expect: -0.0
  print(num.tryParse('x')); // expect: null
  try {
    num.parse('1a');
  } on FormatException catch (e) {
    print(e); // expect: FormatException: 1a
  }
}
