// Checks containsKey and remove, which returns the removed value or null.
void main() {
  var m = {'x': 1, 'y': 2};
  print(m.containsKey('x')); // expect: true
  print(m.containsKey('z')); // expect: false
  print(m.remove('x')); // expect: 1
  print(m.remove('x')); // expect: null
  print(m); // expect: {y: 2}
  var n = <String, int?>{'k': null};
  print(n.containsKey('k')); // expect: true
  print(n['k']); // expect: null
}
