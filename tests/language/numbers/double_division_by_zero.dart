// Checks that / by zero gives Infinity or NaN instead of throwing.
void main() {
  print(1 / 0); // expect: Infinity
  print(-1 / 0); // expect: -Infinity
  print(0 / 0); // expect: NaN
  print(1.5 / 0.0); // expect: Infinity
  print(1 / -0.0); // expect: -Infinity
}
