// An exception in a sync* body comes out of moveNext; the iterator is then finished.
Iterable<int> failing() sync* {
  yield 1;
  throw StateError('in generator');
}

void main() {
  var it = failing().iterator;
  print(it.moveNext());
  print(it.current);
  try {
    it.moveNext();
  } catch (e) {
    print('caught $e');
  }
  print(it.moveNext());
}
// expect: true
// expect: 1
// expect: caught Bad state: in generator
// expect: false
