// Checks bitLength, toUnsigned and toSigned, including negative values and full widths.
void main() {
  print(255.bitLength); // expect: 8
  print(256.bitLength); // expect: 9
  print((-256).bitLength); // expect: 8
  print((-257).bitLength); // expect: 9
  print(0.bitLength); // expect: 0
  print((-1).bitLength); // expect: 0
  print(255.toUnsigned(4)); // expect: 15
  print((-1).toUnsigned(8)); // expect: 255
  print(255.toSigned(8)); // expect: -1
  print(128.toSigned(8)); // expect: -128
  print(127.toSigned(8)); // expect: 127
}
