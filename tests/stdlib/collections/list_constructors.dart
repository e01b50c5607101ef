// List.filled, generate, from, of, empty and unmodifiable.
void main() {
  print(List.filled(2, 'x'));
  print(List.generate(4, (i) => i * i));
  print(List.from({3, 4}));
  print(List.of([5, 6], growable: false));
  var empty = List<int>.empty(growable: true);
  empty.add(1);
  print(empty);
  print(List.unmodifiable([7]));
}
// expect: [x, x]
// expect: [0, 1, 4, 9]
// expect: [3, 4]
// expect: [5, 6]
// expect: [1]
// expect: [7]
