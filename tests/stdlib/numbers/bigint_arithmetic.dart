// BigInt arithmetic: factorials, the four operations with truncating ~/ and remainder, the
// Euclidean %, pow, modPow, modInverse, gcd, comparisons and conversions to int and double.
BigInt factorial(int n) {
  var r = BigInt.one;
  for (var i = 2; i <= n; i++) r *= BigInt.from(i);
  return r;
}

void main() {
  print(factorial(30)); // expect: 265252859812191058636308480000000
  print(factorial(100).toString().length); // expect: 158
  var a = BigInt.parse('123456789012345678901234567890');
  var b = BigInt.parse('-987654321098765432109876543210');
  print(a + b); // expect: -864197532086419753208641975320
  print(a - b); // expect: 1111111110111111111011111111100
  print(a * b); // expect: -121932631137021795226185032733622923332237463801111263526900
  print(b ~/ a); // expect: -8
  print(b % a); // expect: 123456780012345678001234567800
  print(b.remainder(a)); // expect: -9000000000900000000090
  print(a.pow(3)); // expect: 1881676372353657772546716040589641726257477229849409426207693797722198701224860897069000
  print(BigInt.two.pow(100)); // expect: 1267650600228229401496703205376
  var big = BigInt.parse('1' * 200);
  var divisor = BigInt.parse('7' * 50);
  print(big ~/ divisor); // expect: 142857142857142857142857142857142857142857142857144285714285714285714285714285714285714285714285714300000000000000000000000000000000000000000000000000
  print(big % divisor); // expect: 11111111111111111111111111111111111111111111111111
  print((big ~/ divisor) * divisor + big.remainder(divisor) == big); // expect: true
  var f = factorial(500);
  var g = f;
  for (var i = 1; i <= 500; i++) g = g ~/ BigInt.from(i);
  print(g); // expect: 1
  print(BigInt.from(4).modPow(BigInt.from(13), BigInt.from(497))); // expect: 445
  var m521 = BigInt.two.pow(521) - BigInt.one;
  print(BigInt.from(3).modPow(m521 - BigInt.one, m521)); // expect: 1
  print(BigInt.from(3).modInverse(BigInt.from(11))); // expect: 4
  print(BigInt.from(12).gcd(BigInt.from(-18))); // expect: 6
  print(BigInt.zero.gcd(BigInt.from(-5))); // expect: 5
  print(a.compareTo(b)); // expect: 1
  print(a > b); // expect: true
  print(a == BigInt.parse('123456789012345678901234567890')); // expect: true
  print({BigInt.one: 'one'}[BigInt.parse('1')]); // expect: one
  print(BigInt.zero.sign); // expect: 0
  print(b.sign); // expect: -1
  print(b.abs()); // expect: 987654321098765432109876543210
  print(-a); // expect: -123456789012345678901234567890
  print(a.isEven); // expect: true
  print(a.isValidInt); // expect: false
  print(BigInt.from(9223372036854775807).isValidInt); // expect: true
  print(BigInt.from(-9223372036854775807 - 1)); // expect: -9223372036854775808
  print(a.toInt()); // expect: 9223372036854775807
  print(b.toInt()); // expect: -9223372036854775808
  print(a.toDouble()); // expect: 1.2345678901234568e+29
  print(BigInt.two.pow(1024).toDouble()); // expect: Infinity
  print(BigInt.parse('9007199254740993').toDouble()); // expect: 9007199254740992.0
  print(a / BigInt.from(7)); // expect: 1.763668414462081e+28
  print(BigInt.from(1e30)); // expect: 1000000000000000019884624838656
  print(BigInt.from(-3.99)); // expect: -3
  print(BigInt.from(100).hashCode); // expect: 343347690
  print(a.hashCode); // expect: 57744523
  print(b.hashCode); // expect: 2738862
  print(BigInt.zero.hashCode); // expect: 6707
  print(a.runtimeType); // expect: _BigIntImpl
}
