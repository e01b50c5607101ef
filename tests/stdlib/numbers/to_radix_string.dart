// Checks int.toRadixString for radixes 2..36, negative values and the most negative int.
void main() {
  print(255.toRadixString(16)); // expect: ff
  print(255.toRadixString(2)); // expect: 11111111
  print((-255).toRadixString(16)); // expect: -ff
  print(35.toRadixString(36)); // expect: z
  print(0.toRadixString(7)); // expect: 0
  print((-9223372036854775808).toRadixString(16)); // expect: -8000000000000000
  print(9223372036854775807.toRadixString(36)); // expect: 1y2p0ij32e8e7
  255.toRadixString(1); // expect runtime error: RangeError (radix): Invalid value: Not in inclusive range 2..36: 1
}
