// Checks set printing in insertion order.
void main() {
  print({3, 1, 2}); // expect: {3, 1, 2}
  print({'b', 'a'}); // expect: {b, a}
  var s = <int>{};
  s.add(5);
  s.add(1);
  s.add(5);
  print(s); // expect: {5, 1}
}
