// Checks that OutOfMemoryError past --max-heap can be caught, and that the heap is usable
// again once the garbage is gone.
// flags: --max-heap=16
// flags: --max-heap=16 --gc-stress
List<List<int>> grow() {
  var chunks = <List<int>>[];
  while (true) {
    chunks.add(List<int>.filled(10000, 1));
  }
}

void main() {
  try {
    grow();
  } on OutOfMemoryError catch (e) {
    print('caught: $e'); // expect: caught: Out of Memory
  }
  var sum = 0;
  for (var i = 0; i < 100; i++) {
    sum += List<int>.filled(10000, 1).length;
  }
  print(sum); // expect: 1000000
}
