// Checks list literals: untyped, typed, nested, trailing comma, and mutation.
void main() {
  var a = [1, 2, 3];
  var b = <String>['x', 'y'];
  var c = <int>[];
  var nested = [
    [1, 2],
    [],
    [3],
  ];
  print(a); // expect: [1, 2, 3]
  print(b); // expect: [x, y]
  print(c); // expect: []
  print(nested); // expect: [[1, 2], [], [3]]
  c.add(5);
  print(c.length); // expect: 1
  var mixed = [1, 'two', 3.0, null, true];
  print(mixed); // expect: [1, two, 3.0, null, true]
}
