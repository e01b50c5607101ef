// Checks that mixing int and double gives double results, and int-only gives int.
void main() {
  print(1 + 0.5); // expect: 1.5
  print(2 * 1.5); // expect: 3.0
  print(3 - 1.0); // expect: 2.0
  print(2 + 3); // expect: 5
  print((2 + 3.0) is double); // expect: true
  num n = 3;
  n += 0.5;
  print(n); // expect: 3.5
  var total = 0.0;
  for (var i = 1; i <= 4; i++) {
    total += i;
  }
  print(total); // expect: 10.0
}
