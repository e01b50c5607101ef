// Checks that an isolate growing past --max-heap gets OutOfMemoryError, not a process crash.
// flags: --max-heap=16
void main() {
  var chunks = <List<int>>[];
  print('start'); // expect: start
  while (true) {
    chunks.add(List<int>.filled(100000, 7));
  }
}
// expect runtime error: Out of Memory
