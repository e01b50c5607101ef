// Checks addAll from lists, sets and iterables, and clear.
void main() {
  var xs = [1];
  xs.addAll([2, 3]);
  xs.addAll({4});
  xs.addAll([5, 6].map((x) => x * 10));
  print(xs); // expect: [1, 2, 3, 4, 50, 60]
  xs.clear();
  print(xs); // expect: []
  print(xs.length); // expect: 0
  xs.add(7);
  print(xs); // expect: [7]
}
