// yield* inserts every element of another iterable, also recursively.
Iterable<int> tree(int depth) sync* {
  if (depth == 0) return;
  yield depth;
  yield* tree(depth - 1);
  yield* [depth * 10];
}

void main() {
  print(tree(3).toList());
  print(tree(0).isEmpty);
}
// expect: [3, 2, 1, 10, 20, 30]
// expect: true
