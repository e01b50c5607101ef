// Each iterator of a sync* iterable runs the body again from the start, with its own state.
Iterable<int> counter(int from) sync* {
  var n = from;
  while (n < from + 3) {
    yield n++;
  }
}

void main() {
  var c = counter(5);
  print(c.toList());
  print(c.toList());
  var a = c.iterator;
  var b = c.iterator;
  a.moveNext();
  a.moveNext();
  b.moveNext();
  print('${a.current} ${b.current}');
  print(c.map((x) => x * 2).join(','));
}
// expect: [5, 6, 7]
// expect: [5, 6, 7]
// expect: 6 5
// expect: 10,12,14
