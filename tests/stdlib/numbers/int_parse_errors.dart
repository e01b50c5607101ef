// Checks the FormatException of int.parse: Dart's message and offset for each kind of bad input.
void show(String source, [int? radix]) {
  try {
    print(int.parse(source, radix: radix));
  } on FormatException catch (e) {
    print('${e.message} | ${e.offset} | ${e.source}');
  }
}

void main() {
  show('abc'); // expect: Invalid radix-10 number | 0 | abc
  show(''); // expect: Invalid number | 0 | 
  show('  '); // expect: Invalid number | 2 |   
  show('-'); // expect: Invalid number | 1 | -
  show('0x'); // expect: Invalid number | 2 | 0x
  show('12', 2); // expect: Invalid radix-2 number | 0 | 12
  show(' 1 2'); // expect: Invalid radix-10 number | 1 |  1 2
  show('1_000'); // expect: Invalid radix-10 number | 0 | 1_000
  show('9223372036854775808'); // expect: Positive input exceeds the limit of integer | null | 9223372036854775808
  show('-9223372036854775809'); // expect: Negative input exceeds the limit of integer | null | -9223372036854775809
}
