// Checks int.parse without a radix: a 0x/0X prefix means hex, and hex up to 2^64-1 wraps.
void main() {
  print(int.parse('0x1F')); // expect: 31
  print(int.parse('-0X10')); // expect: -16
  print(int.parse('0xFFFFFFFFFFFFFFFF')); // expect: -1
  print(int.parse('0')); // expect: 0
  print(int.parse('007')); // expect: 7
  print(int.parse('\t 42\n')); // expect: 42
}
