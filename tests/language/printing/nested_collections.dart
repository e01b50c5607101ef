// Checks printing of lists, maps and sets nested inside each other.
void main() {
  print([
    [1, 2],
    [3]
  ]); // expect: [[1, 2], [3]]
  print({
    'a': [1, 2],
    'b': {'c': 3}
  }); // expect: {a: [1, 2], b: {c: 3}}
  print([
    {1, 2},
    {'k': 'v'}
  ]); // expect: [{1, 2}, {k: v}]
  print({
    [1]: {2}
  }); // expect: {[1]: {2}}
  print([[], {}, <int>{}]); // expect: [[], {}, {}]
}
