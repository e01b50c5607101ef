// asMap and reversed.
void main() {
  var list = ['a', 'b', 'c'];
  print(list.asMap());
  print(list.asMap()[1]);
  print(list.reversed);
  print(list.reversed.toList());
}
// expect: {0: a, 1: b, 2: c}
// expect: b
// expect: (c, b, a)
// expect: [c, b, a]
