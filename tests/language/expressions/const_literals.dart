// Checks const list, map and set literals: canonicalised and identical when equal.
const colors = ['red', 'green'];

void main() {
  var a = const [1, 2, 3];
  var b = const [1, 2, 3];
  print(identical(a, b)); // expect: true
  print(identical([1, 2], [1, 2])); // expect: false
  print(identical(colors, const ['red', 'green'])); // expect: true
  const m = {'x': 1};
  print(identical(m, const {'x': 1})); // expect: true
  const s = {1, 2};
  print(s.contains(2)); // expect: true
  const nested = [
    [1],
    [2]
  ];
  print(identical(nested[0], const [1])); // expect: true
  print(colors); // expect: [red, green]
}
