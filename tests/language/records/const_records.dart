// Const records are canonicalized: equal const records are identical, also inside const
// collections and const variables.
const origin = (0, 0);
const named = (x: 1, y: 'a');

void main() {
  print(identical(const (1, 2), const (1, 2))); // expect: true
  print(identical(const (1, 2), const (2, 1))); // expect: false
  print(identical(origin, const (0, 0))); // expect: true
  print(identical(named, const (y: 'a', x: 1))); // expect: true
  const list = [(1, 'a'), (2, 'b')];
  print(list); // expect: [(1, a), (2, b)]
  print(identical(list[0], const (1, 'a'))); // expect: true
  print(identical((1, 2), (1, 2))); // expect: false
  print(const ((1, 2), [3])); // expect: ((1, 2), [3])
}
