// Checks << and >> including sign extension, and shifting into the sign bit.
void main() {
  print(1 << 10); // expect: 1024
  print(1024 >> 3); // expect: 128
  print(-16 >> 2); // expect: -4
  print(-1 >> 10); // expect: -1
  print(1 << 62); // expect: 4611686018427387904
  print(1 << 63); // expect: -9223372036854775808
  print((1 << 63) - 1); // expect: 9223372036854775807
  print(3 << 62); // expect: -4611686018427387904
  print(5 >> 1); // expect: 2
  print(-5 >> 1); // expect: -3
}
