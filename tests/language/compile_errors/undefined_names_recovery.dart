// Checks that the compiler recovers and reports every undefined name, each at its own line.
void main() {
  print(alpha); // expect error: Undefined name 'alpha'.
  var ok = 1;
  print(ok + beta); // expect error: Undefined name 'beta'.
}
