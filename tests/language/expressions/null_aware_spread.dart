// Checks ...? that skips a null collection and spreads a non-null one.
List<int>? maybe(bool give) => give ? [7, 8] : null;

void main() {
  print([1, ...?maybe(false), 2]); // expect: [1, 2]
  print([1, ...?maybe(true), 2]); // expect: [1, 7, 8, 2]
  Map<String, int>? nothing;
  print({'a': 1, ...?nothing}); // expect: {a: 1}
  Set<int>? none;
  print({0, ...?none}); // expect: {0}
}
