// Checks >>> (logical shift right) on negative and positive ints.
void main() {
  print(-1 >>> 1); // expect: 9223372036854775807
  print(-1 >>> 60); // expect: 15
  print(-16 >>> 62); // expect: 3
  print(-16 >>> 2); // expect: 4611686018427387900
  print(16 >>> 2); // expect: 4
  print(-9223372036854775808 >>> 63); // expect: 1
  print(-1 >>> 0); // expect: -1
}
