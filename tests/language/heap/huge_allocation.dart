// Checks that a list far larger than any heap is an OutOfMemoryError, without a heap limit.
void main() {
  try {
    var big = List<int>.filled(1 << 40, 0);
    print(big.length);
  } on OutOfMemoryError catch (e) {
    print('caught: $e'); // expect: caught: Out of Memory
  }
  print('alive'); // expect: alive
}
