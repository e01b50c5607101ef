// BigInt parsing (decimal, 0x, radix), toRadixString, shifts and bit operations on the
// two's complement form, bitLength, toUnsigned and toSigned.
void main() {
  print(BigInt.parse('ff', radix: 16)); // expect: 255
  print(BigInt.parse('  -0xFFFFFFFFFFFFFFFFFFFF ')); // expect: -1208925819614629174706175
  print(BigInt.parse('+zz', radix: 36)); // expect: 1295
  print(BigInt.tryParse('12x')); // expect: null
  print(BigInt.tryParse('')); // expect: null
  print(BigInt.parse('-12345678901234567890').toRadixString(16)); // expect: -ab54a98ceb1f0ad2
  print(BigInt.parse('12345678901234567890').toRadixString(2)); // expect: 1010101101010100101010011000110011101011000111110000101011010010
  print(BigInt.parse('12345678901234567890').toRadixString(36)); // expect: 2lsohxawjui8i
  print(BigInt.from(-5) >> 1); // expect: -3
  print((BigInt.one << 100) >> 98); // expect: 4
  print(BigInt.from(-1) & BigInt.from(255)); // expect: 255
  print(BigInt.from(-256) | BigInt.from(15)); // expect: -241
  print(BigInt.from(-6) ^ BigInt.from(3)); // expect: -7
  print(BigInt.from(-6) & BigInt.from(-3)); // expect: -8
  print(BigInt.from(-6) | BigInt.from(-3)); // expect: -1
  print(BigInt.from(-6) ^ BigInt.from(-3)); // expect: 7
  print(~BigInt.from(5)); // expect: -6
  print(BigInt.parse('123456789012345678901234567890').bitLength); // expect: 97
  print(BigInt.from(-256).bitLength); // expect: 8
  print(BigInt.from(-1).toUnsigned(5)); // expect: 31
  print(BigInt.from(16).toSigned(5)); // expect: -16
  print(BigInt.from(239).toSigned(5)); // expect: 15
  print(BigInt.two.pow(64) - BigInt.one); // expect: 18446744073709551615
}
