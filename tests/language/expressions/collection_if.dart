// Checks collection if and if-else in list, set and map literals.
void main() {
  var admin = true;
  var guest = false;
  print([1, if (admin) 2, if (guest) 3]); // expect: [1, 2]
  print(['a', if (guest) 'b' else 'c']); // expect: [a, c]
  print({if (admin) 'role': 'admin', 'name': 'x'}); // expect: {role: admin, name: x}
  print({1, if (!guest) 2}); // expect: {1, 2}
  var n = 5;
  print([if (n > 3) ...[n, n] else n]); // expect: [5, 5]
}
