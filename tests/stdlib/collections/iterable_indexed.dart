// Iterable.indexed and the other IterableExtensions members, on built-in iterables and on a
// class that implements Iterable without extending it.
class Countdown implements Iterable<int> {
  final int from;
  Countdown(this.from);
  Iterator<int> get iterator => List.generate(from, (i) => from - i).iterator;
  noSuchMethod(Invocation i) => super.noSuchMethod(i);
}

void main() {
  final letters = ['a', 'b', 'c'];
  print(letters.indexed);
  // expect: ((0, a), (1, b), (2, c))
  for (final (i, s) in letters.indexed) {
    print('$i=$s');
  }
  // expect: 0=a
  // expect: 1=b
  // expect: 2=c
  final pairs = {'x', 'y'}.indexed;
  print(pairs.toList());
  // expect: [(0, x), (1, y)]
  print(pairs.toList());
  // expect: [(0, x), (1, y)]
  print(pairs.length);
  // expect: 2
  print(letters.where((s) => s != 'b').indexed.last);
  // expect: (1, c)
  final c = Countdown(3);
  print(c.indexed.toList());
  // expect: [(0, 3), (1, 2), (2, 1)]
  print('${c.firstOrNull} ${c.lastOrNull} ${c.singleOrNull} ${c.elementAtOrNull(1)}');
  // expect: 3 1 null 2
  print([1, null, 2].nonNulls.indexed.toList());
  // expect: [(0, 1), (1, 2)]
}
