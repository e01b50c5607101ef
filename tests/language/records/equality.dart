// Records are equal when their shapes are equal and their fields are ==; hashCode agrees.
class Key {
  final int id;
  Key(this.id);
  bool operator ==(Object other) => other is Key && other.id == id;
  int get hashCode => id.hashCode;
}

void main() {
  print((1, 2) == (1, 2)); // expect: true
  print((1, 2) == (2, 1)); // expect: false
  print((x: 1, 2) == (2, x: 1)); // expect: true
  print((1, 2) == (1, 2, 3)); // expect: false
  print((x: 1) == (y: 1)); // expect: false
  print((1,) == 1); // expect: false
  print((Key(1), 'a') == (Key(1), 'a')); // expect: true
  print(([1], 2) == ([1], 2)); // expect: false
  print((1, 2).hashCode == (1, 2).hashCode); // expect: true
  print((a: 1, b: 2).hashCode == (b: 2, a: 1).hashCode); // expect: true
  var map = {(1, 2): 'a', (x: 1): 'b'};
  print(map[(1, 2)]); // expect: a
  print(map[(x: 1)]); // expect: b
  print(map[(2, 1)]); // expect: null
  print({(1, 2), (1, 2), (2, 1)}.length); // expect: 2
  var r = (1, 2);
  print(identical(r, r)); // expect: true
}
