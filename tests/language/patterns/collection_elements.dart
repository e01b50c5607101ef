// Patterns in collection elements: if-case elements (with guards and else) and for elements
// that destructure each item.
void main() {
  var pairs = [(1, 'a'), (2, 'b')];
  print([for (var (n, s) in pairs) '$s$n']); // expect: [a1, b2]
  print([for (final (n, _) in pairs) if (n > 1) n]); // expect: [2]
  Object? o = 5;
  print([if (o case int i when i > 3) i * 2 else 0, 1]); // expect: [10, 1]
  print({if (o case String s) s: 1, 'k': 2}); // expect: {k: 2}
  print({for (var (n, s) in pairs) s: n}); // expect: {a: 1, b: 2}
  print({for (var [x, ...] in [[1, 2], [3]]) x}); // expect: {1, 3}
}
