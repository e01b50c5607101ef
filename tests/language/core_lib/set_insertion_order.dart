// Checks that sets iterate in insertion order and that re-adding a removed element moves it last.
void main() {
  var s = {5, 1, 4};
  s.add(2);
  s.add(1);
  print(s); // expect: {5, 1, 4, 2}
  s.remove(5);
  s.add(5);
  print(s.toList()); // expect: [1, 4, 2, 5]
  print(s.first); // expect: 1
}
