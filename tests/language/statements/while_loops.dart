// Checks while loops, including one whose body never runs.
void main() {
  var n = 1;
  while (n < 100) {
    n *= 3;
  }
  print(n); // expect: 243
  var ran = false;
  while (false) {
    ran = true;
  }
  print(ran); // expect: false
  var i = 0;
  var evens = [];
  while (i < 10) {
    i++;
    if (i.isOdd) continue;
    evens.add(i);
  }
  print(evens); // expect: [2, 4, 6, 8, 10]
}
