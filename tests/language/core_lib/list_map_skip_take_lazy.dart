// list.map(f) is a ListIterable in Dart: skip and take call f only for the elements they
// return, lastWhere calls it from the end, and a view without an end follows the list's length.
void main() {
  final calls = <int>[];
  final list = [1, 2, 3, 4, 5, 6];
  final squares = list.map((x) {
    calls.add(x);
    return x * x;
  });
  print(squares.skip(2).take(2).toList()); // expect: [9, 16]
  print(calls); // expect: [3, 4]
  calls.clear();
  print(squares.lastWhere((s) => s < 20)); // expect: 16
  print(calls); // expect: [6, 5, 4]
  calls.clear();
  final tail = squares.skip(4);
  list.add(7);
  print(tail.toList()); // expect: [25, 36, 49]
  print(tail.length); // expect: 3
  print(squares.take(2).skip(1).single); // expect: 4
  print(squares.skip(10).isEmpty); // expect: true
  print({1, 2, 3}.map((x) => x + 1).skip(1).toList()); // expect: [3, 4]
  try {
    for (final _ in squares.skip(1)) {
      list.add(0);
    }
  } on ConcurrentModificationError {
    print('modified'); // expect: modified
  }
}
