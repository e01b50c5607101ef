// Checks printing of infinities and NaN, and the double constants that name them.
void main() {
  print(double.infinity); // expect: Infinity
  print(double.negativeInfinity); // expect: -Infinity
  print(double.nan); // expect: NaN
  print(1e308 * 10); // expect: Infinity
  print(-1e308 * 10); // expect: -Infinity
  print(double.infinity - double.infinity); // expect: NaN
  print('${double.infinity}'); // expect: Infinity
  print([double.nan, 1.0]); // expect: [NaN, 1.0]
}
