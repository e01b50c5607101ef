// Checks wrap-around reached by repeated doubling and by factorial past 20!.
void main() {
  var x = 1;
  for (var i = 0; i < 63; i++) {
    x *= 2;
  }
  print(x); // expect: -9223372036854775808
  x *= 2;
  print(x); // expect: 0
  var f = 1;
  for (var i = 1; i <= 21; i++) {
    f *= i;
  }
  print(f); // expect: -4249290049419214848
}
