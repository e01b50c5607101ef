// Checks forEach and indexed loops over a list.
void main() {
  var names = ['ann', 'bob'];
  names.forEach((n) => print(n.toUpperCase()));
  // expect: ANN
  // expect: BOB
  for (var i = 0; i < names.length; i++) {
    print('$i:${names[i]}');
  }
  // expect: 0:ann
  // expect: 1:bob
  var total = 0;
  [1, 2, 3].forEach((x) {
    total += x;
  });
  print(total); // expect: 6
}
