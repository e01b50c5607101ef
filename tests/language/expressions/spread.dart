// Checks the spread operator in list, set and map literals.
void main() {
  var a = [1, 2];
  var b = [0, ...a, 3, ...a];
  print(b); // expect: [0, 1, 2, 3, 1, 2]
  var s = {...a, 2, 5};
  print(s); // expect: {1, 2, 5}
  var m1 = {'x': 1, 'y': 2};
  var m2 = {...m1, 'y': 20, 'z': 3};
  print(m2); // expect: {x: 1, y: 20, z: 3}
  var fromSet = [...{3, 4}];
  print(fromSet); // expect: [3, 4]
  var copy = [...a];
  copy.add(9);
  print(a); // expect: [1, 2]
}
