// Checks C-style for loops: counting up and down, several variables, empty parts.
void main() {
  var out = <int>[];
  for (var i = 0; i < 5; i++) {
    out.add(i);
  }
  print(out); // expect: [0, 1, 2, 3, 4]
  out.clear();
  for (var i = 10; i > 0; i -= 3) {
    out.add(i);
  }
  print(out); // expect: [10, 7, 4, 1]
  for (var i = 0, j = 10; i < j; i += 3, j -= 3) {
    print('$i $j');
  }
  // expect: 0 10
  // expect: 3 7
  var k = 0;
  for (; k < 3;) {
    k++;
  }
  print(k); // expect: 3
  var n = 0;
  for (;;) {
    if (++n == 4) break;
  }
  print(n); // expect: 4
  int m;
  for (m = 0; m < 2; m++) {}
  print(m); // expect: 2
}
