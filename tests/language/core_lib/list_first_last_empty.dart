// Checks first, last, isEmpty and isNotEmpty.
void main() {
  var xs = ['a', 'b', 'c'];
  print(xs.first); // expect: a
  print(xs.last); // expect: c
  print(xs.isEmpty); // expect: false
  print(xs.isNotEmpty); // expect: true
  var e = <int>[];
  print(e.isEmpty); // expect: true
  print(e.isNotEmpty); // expect: false
  xs.first = 'A';
  print(xs); // expect: [A, b, c]
}
