// Checks every compound assignment operator on int, double and String locals.
void main() {
  var a = 10;
  a += 5;
  print(a); // expect: 15
  a -= 3;
  print(a); // expect: 12
  a *= 2;
  print(a); // expect: 24
  a ~/= 5;
  print(a); // expect: 4
  a %= 3;
  print(a); // expect: 1
  a <<= 4;
  print(a); // expect: 16
  a >>= 2;
  print(a); // expect: 4
  a |= 3;
  print(a); // expect: 7
  a &= 5;
  print(a); // expect: 5
  a ^= 1;
  print(a); // expect: 4
  var neg = -16;
  neg >>>= 60;
  print(neg); // expect: 15
  double d = 10;
  d /= 4;
  print(d); // expect: 2.5
  var s = 'ab';
  s += 'c';
  s *= 2;
  print(s); // expect: abcabc
}
