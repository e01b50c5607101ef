// Number crunching: radix parsing, toStringAsFixed/Precision/Exponential, BigInt factorials, Random with a seed, bit tricks.
import 'dart:math';

int gcd(int a, int b) => b == 0 ? a.abs() : gcd(b, a % b);

BigInt factorial(int n) {
  var result = BigInt.one;
  for (var i = 2; i <= n; i++) {
    result *= BigInt.from(i);
  }
  return result;
}

Iterable<int> primes(int limit) sync* {
  final sieve = List<bool>.filled(limit + 1, true);
  for (var i = 2; i <= limit; i++) {
    if (!sieve[i]) continue;
    yield i;
    for (var j = i * i; j <= limit; j += i) {
      sieve[j] = false;
    }
  }
}

String toRoman(int n) {
  const table = [(1000, 'M'), (900, 'CM'), (500, 'D'), (400, 'CD'), (100, 'C'), (90, 'XC'),
    (50, 'L'), (40, 'XL'), (10, 'X'), (9, 'IX'), (5, 'V'), (4, 'IV'), (1, 'I')];
  final sb = StringBuffer();
  for (final (value, letters) in table) {
    while (n >= value) {
      sb.write(letters);
      n -= value;
    }
  }
  return sb.toString();
}

void main() {
  print(int.parse('ff', radix: 16));
  print(int.parse('-101', radix: 2));
  print(int.tryParse('12x'));
  print(int.parse(' 42 '.trim()));
  print(255.toRadixString(2));
  print(255.toRadixString(16).padLeft(4, '0'));
  print((-255).toRadixString(36));
  print(double.parse('3.25e2'));
  print(double.tryParse('abc'));
  print(num.parse('7'));
  print(num.parse('7.0'));
  print(3.14159.toStringAsFixed(3));
  print(2.5.toStringAsFixed(0));
  print((-0.005).toStringAsFixed(2));
  print(1e21.toStringAsFixed(2));
  print(123.456.toStringAsPrecision(4));
  print(0.000123.toStringAsExponential(2));
  print(1234.toStringAsExponential());
  print(100.0.toString());
  print(1 / 3);
  print(2 / 0);
  print(-1 / 0);
  print((0 / 0).isNaN);
  print(7 ~/ 2);
  print(-7 ~/ 2);
  print(-7 % 3);
  print(-7.remainder(3));
  print(7.5 % 2);
  print(5.0 ~/ 2);
  print(1e300 * 1e10);
  print(123456789.123456789);
  print(0.1 + 0.7);
  print(1.0e-7);
  print(12345678901234567890.0);
  print(2.0.round());
  print(2.5.round());
  print((-2.5).round());
  print(2.7.floor());
  print((-2.7).ceil());
  print(2.7.truncate());
  print(3.7.roundToDouble());
  print(9.sqrtish());
  print(gcd(84, 36));
  print(1 << 40);
  print(-16 >> 2);
  print(-16 >>> 60);
  print(0x7fffffffffffffff + 1);
  print(6 & 3 | 8 ^ 1);
  print(~5);
  print(10.bitLength);
  print(12.isEven && 13.isOdd);
  print(255.toUnsigned(4));
  print(255.toSigned(8));
  print((-5).sign);
  print(3.0.sign);
  print(17.modPow(3, 5));
  print(3.modInverse(11));

  print(factorial(25));
  print(factorial(30).toString().length);
  final big = BigInt.parse('123456789012345678901234567890');
  print(big * big);
  print(big ~/ BigInt.from(97));
  print(big % BigInt.from(97));
  print(BigInt.two.pow(100));
  print(BigInt.parse('ff', radix: 16));
  print(big.toRadixString(16));
  print(BigInt.from(-42).abs());
  print(big.isValidInt);
  print(BigInt.from(12345).toInt() + 1);
  print(big.bitLength);
  print(big.compareTo(BigInt.zero));
  print(BigInt.from(10).gcd(BigInt.from(4)));

  print(primes(50).toList());
  print(primes(1000).length);
  print(primes(100).where((p) => p > 90).first);
  for (final n in [1994, 2024, 3999, 4]) {
    print('$n = ${toRoman(n)}');
  }

  final rng = Random(42);
  final rolls = List.generate(10, (_) => rng.nextInt(6) + 1);
  print(rolls.every((r) => r >= 1 && r <= 6));
  final d = rng.nextDouble();
  print(d >= 0 && d < 1);
  print(Point(3, 4).distanceTo(const Point(0, 0)));
  print(Point(1, 2) + Point(3, 4));
  print(const Rectangle(0, 0, 10, 5).containsPoint(const Point(3, 3)));
  print(Rectangle(1, 2, 3, 4));
  print(pi.toStringAsFixed(5));
  print(sin(pi / 2));
  print(cos(0));
  print(sqrt2);
  print(max(1, 2.0));
  print(min(-0.0, 0.0));
  print(int.parse('1_000'.replaceAll('_', '')));
  print(1.5e3.toInt());
  print(double.infinity.isInfinite);
  print(5.isFinite);
  print(num.parse('0x1F'));
  print(0x1F.toDouble());
  print(identical(1, 1.0));
  print(1 == 1.0);
  print(1.hashCode == 1.0.hashCode);
}

extension on int {
  double sqrtish() => sqrt(this);
}

// expect: 255
// expect: -5
// expect: null
// expect: 42
// expect: 11111111
// expect: 00ff
// expect: -73
// expect: 325.0
// expect: null
// expect: 7
// expect: 7.0
// expect: 3.142
// expect: 3
// expect: -0.01
// expect: 1e+21
// expect: 123.5
// expect: 1.23e-4
// expect: 1.234e+3
// expect: 100.0
// expect: 0.3333333333333333
// expect: Infinity
// expect: -Infinity
// expect: true
// expect: 3
// expect: -3
// expect: 2
// expect: -1
// expect: 1.5
// expect: 2
// expect: Infinity
// expect: 123456789.12345679
// expect: 0.7999999999999999
// expect: 1e-7
// expect: 12345678901234567000.0
// expect: 2
// expect: 3
// expect: -3
// expect: 2
// expect: -2
// expect: 2
// expect: 4.0
// expect: 3.0
// expect: 12
// expect: 1099511627776
// expect: -4
// expect: 15
// expect: -9223372036854775808
// expect: 11
// expect: -6
// expect: 4
// expect: true
// expect: 15
// expect: -1
// expect: -1
// expect: 1.0
// expect: 3
// expect: 4
// expect: 15511210043330985984000000
// expect: 33
// expect: 15241578753238836750495351562536198787501905199875019052100
// expect: 1272750402189130710322005854
// expect: 52
// expect: 1267650600228229401496703205376
// expect: 255
// expect: 18ee90ff6c373e0ee4e3f0ad2
// expect: 42
// expect: false
// expect: 12346
// expect: 97
// expect: 1
// expect: 2
// expect: [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47]
// expect: 168
// expect: 97
// expect: 1994 = MCMXCIV
// expect: 2024 = MMXXIV
// expect: 3999 = MMMCMXCIX
// expect: 4 = IV
// expect: true
// expect: true
// expect: 5.0
// expect: Point(4, 6)
// expect: true
// expect: Rectangle (1, 2) 3 x 4
// expect: 3.14159
// expect: 1.0
// expect: 1.0
// expect: 1.4142135623730951
// expect: 2.0
// expect: -0.0
// expect: 1000
// expect: 1500
// expect: true
// expect: true
// expect: 31
// expect: 31.0
// expect: false
// expect: true
// expect: true
