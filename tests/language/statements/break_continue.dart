// Checks unlabelled break and continue in for, while and nested loops.
void main() {
  for (var i = 0; i < 10; i++) {
    if (i == 2) continue;
    if (i == 5) break;
    print(i);
  }
  // expect: 0
  // expect: 1
  // expect: 3
  // expect: 4
  for (var i = 0; i < 2; i++) {
    for (var j = 0; j < 5; j++) {
      if (j == 2) break;
      print('$i$j');
    }
  }
  // expect: 00
  // expect: 01
  // expect: 10
  // expect: 11
}
