// sync* functions are lazy: the body runs as the iterator asks for elements.
Iterable<int> naturals(int n) sync* {
  print('start');
  for (var i = 0; i < n; i++) {
    print('yield $i');
    yield i;
  }
  print('end');
}

void main() {
  var it = naturals(2);
  print('created');
  for (var x in it) {
    print('got $x');
  }
  print(naturals(3).take(2).toList());
}
// expect: created
// expect: start
// expect: yield 0
// expect: got 0
// expect: yield 1
// expect: got 1
// expect: end
// expect: start
// expect: yield 0
// expect: yield 1
// expect: [0, 1]
