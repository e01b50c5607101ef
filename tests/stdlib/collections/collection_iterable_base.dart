// IterableBase: a user iterable that prints like Dart's, and the static printing helpers.
import 'dart:collection';

class Squares extends IterableBase<int> {
  final int n;
  Squares(this.n);
  Iterator<int> get iterator => Iterable.generate(n, (i) => i * i).iterator;
}

void main() {
  print(Squares(4));
  print(Squares(4).last);
  print(IterableBase.iterableToShortString([1, 2], '<', '>'));
  print(IterableBase.iterableToFullString([1, 2], '[', ']'));
  print(MapBase.mapToString({1: 2}));
}
// expect: (0, 1, 4, 9)
// expect: 9
// expect: <1, 2>
// expect: [1, 2]
// expect: {1: 2}
