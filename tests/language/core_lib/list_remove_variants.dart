// Checks List.remove (first match, returns bool), removeAt and removeLast (return the element).
void main() {
  var xs = ['a', 'b', 'c', 'b', 'd'];
  print(xs.remove('b')); // expect: true
  print(xs); // expect: [a, c, b, d]
  print(xs.remove('z')); // expect: false
  print(xs.removeAt(0)); // expect: a
  print(xs); // expect: [c, b, d]
  print(xs.removeLast()); // expect: d
  print(xs); // expect: [c, b]
  print(xs.length); // expect: 2
}
