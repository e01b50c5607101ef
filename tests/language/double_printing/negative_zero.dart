// Checks that negative zero prints as -0.0 and compares equal to 0.0.
void main() {
  print(-0.0); // expect: -0.0
  print(0.0 * -1); // expect: -0.0
  print(-0.0 == 0.0); // expect: true
  print((-0.0).isNegative); // expect: true
  print(-0.0 + 0.0); // expect: 0.0
}
