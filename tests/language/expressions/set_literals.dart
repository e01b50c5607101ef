// Checks set literals: duplicates dropped, typed empty set, and {} being a map.
void main() {
  var s = {1, 2, 2, 3, 1};
  print(s); // expect: {1, 2, 3}
  print(s.length); // expect: 3
  var empty = <String>{};
  print(empty); // expect: {}
  print(empty is Set); // expect: true
  var braces = {};
  print(braces is Map); // expect: true
  Set<int> declared = {};
  print(declared is Set); // expect: true
}
