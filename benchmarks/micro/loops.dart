// loops: nested integer loops with multiply, modulo and add. Measures the interpreter's loop
// back-edges and integer arithmetic on locals, without calls or allocation.
// Twin of loops.lua: both print the same line.

void main() {
  const int n = 10000;
  int sum = 0;
  for (int i = 0; i < n; i++) {
    for (int j = 0; j < n; j++) {
      sum += (i * j) % 7;
    }
  }
  print('loops: sum = $sum');
}
