// Checks labelled break and continue that leave or restart an outer loop.
void main() {
  outer:
  for (var i = 0; i < 3; i++) {
    for (var j = 0; j < 3; j++) {
      if (j == 2) continue outer;
      if (i == 2) break outer;
      print('$i$j');
    }
  }
  // expect: 00
  // expect: 01
  // expect: 10
  // expect: 11
  var found = '';
  search:
  for (var row in [
    [1, 2],
    [3, 4],
    [5, 6]
  ]) {
    for (var v in row) {
      if (v == 4) {
        found = 'found $v';
        break search;
      }
    }
  }
  print(found); // expect: found 4
  var n = 0;
  loop:
  while (true) {
    do {
      n++;
      if (n == 3) break loop;
    } while (true);
  }
  print(n); // expect: 3
}
