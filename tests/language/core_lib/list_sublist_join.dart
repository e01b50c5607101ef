// Checks List.sublist with one and two arguments, and join with and without a separator.
void main() {
  var xs = [0, 1, 2, 3, 4];
  print(xs.sublist(1, 3)); // expect: [1, 2]
  print(xs.sublist(3)); // expect: [3, 4]
  print(xs.sublist(5)); // expect: []
  print(xs.join(', ')); // expect: 0, 1, 2, 3, 4
  print(xs.join()); // expect: 01234
  print(['a'].join('-')); // expect: a
  print([].join(',').isEmpty); // expect: true
  var sub = xs.sublist(0, 2);
  sub[0] = 99;
  print(xs[0]); // expect: 0
}
