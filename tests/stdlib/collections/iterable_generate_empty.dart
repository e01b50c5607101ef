// Iterable.generate and Iterable.empty.
void main() {
  print(Iterable.generate(4));
  print(Iterable.generate(3, (i) => 'x$i').toList());
  print(Iterable.empty());
  print(Iterable.empty().isEmpty);
  print(Iterable.generate(5, (i) => i).elementAt(3));
}
// expect: (0, 1, 2, 3)
// expect: [x0, x1, x2]
// expect: ()
// expect: true
// expect: 3
