// Checks List.add, insert at the front, middle and end, and length.
void main() {
  var xs = <int>[];
  xs.add(1);
  xs.add(3);
  xs.insert(1, 2);
  xs.insert(0, 0);
  xs.insert(xs.length, 4);
  print(xs); // expect: [0, 1, 2, 3, 4]
  print(xs.length); // expect: 5
}
