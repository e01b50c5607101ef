// dart:core int: 64-bit two's complement integers (Smi and Mint values of the VM). Arithmetic,
// comparison, bitwise operators, parsing and printing are natives (int_natives.cc); the rest is
// Dart, following the Dart VM's integer implementation.
// Does not own the opcodes' fast paths for int arithmetic (the interpreter).

abstract class int extends num {
  const factory int.fromEnvironment(String name, {int defaultValue = 0}) =>
      int.tryParse(_environmentValue(name) ?? "") ?? defaultValue;

  // Parses [source] (surrounding whitespace allowed, optional sign, "0x" prefix when [radix] is
  // omitted); throws FormatException with Dart's message and offset when it is not an int.
  external static int parse(String source, {int? radix});

  external static int? tryParse(String source, {int? radix});

  external num operator +(num other);
  external num operator -(num other);
  external num operator *(num other);
  external double operator /(num other);
  external int operator ~/(num other);
  external num operator %(num other);
  external int operator -();
  external int operator ~();
  external int operator &(int other);
  external int operator |(int other);
  external int operator ^(int other);
  external int operator <<(int shiftAmount);
  external int operator >>(int shiftAmount);
  external int operator >>>(int shiftAmount);
  external bool operator <(num other);
  external bool operator <=(num other);
  external bool operator >(num other);
  external bool operator >=(num other);
  external bool operator ==(Object other);
  external int get hashCode;
  external num remainder(num other);
  external int compareTo(num other);
  external int get bitLength;
  external double toDouble();
  external String toString();
  external String toRadixString(int radix);

  bool get isNaN => false;
  bool get isNegative => this < 0;
  bool get isInfinite => false;
  bool get isFinite => true;
  bool get isEven => (this & 1) == 0;
  bool get isOdd => (this & 1) != 0;

  int abs() => this < 0 ? -this : this;

  int get sign => this > 0 ? 1 : (this < 0 ? -1 : 0);

  int round() => this;
  int floor() => this;
  int ceil() => this;
  int truncate() => this;
  int toInt() => this;
  double roundToDouble() => toDouble();
  double floorToDouble() => toDouble();
  double ceilToDouble() => toDouble();
  double truncateToDouble() => toDouble();

  String toStringAsFixed(int fractionDigits) => toDouble().toStringAsFixed(fractionDigits);

  String toStringAsExponential([int? fractionDigits]) =>
      toDouble().toStringAsExponential(fractionDigits);

  String toStringAsPrecision(int precision) => toDouble().toStringAsPrecision(precision);

  int toUnsigned(int width) => this & ((1 << width) - 1);

  int toSigned(int width) {
    int signMask = 1 << (width - 1);
    return (this & (signMask - 1)) - (this & signMask);
  }

  // The greatest common divisor of the absolute values (Euclid; gcd(0, 0) is 0).
  int gcd(int other) {
    int x = this.abs();
    int y = other.abs();
    while (y != 0) {
      int t = x % y;
      x = y;
      y = t;
    }
    return x;
  }

  // this^exponent % modulus, without overflow for moduli below 2^31.5; larger moduli multiply
  // with a doubling loop so every intermediate value stays below 2^63.
  int modPow(int exponent, int modulus) {
    if (exponent < 0) throw RangeError.range(exponent, 0, null, "exponent");
    if (modulus <= 0) throw RangeError.range(modulus, 1, null, "modulus");
    if (exponent == 0) return 1;
    int base = this % modulus;
    int result = 1;
    while (exponent > 0) {
      if ((exponent & 1) == 1) result = _mulMod(result, base, modulus);
      exponent = exponent >> 1;
      base = _mulMod(base, base, modulus);
    }
    return result;
  }

  static int _mulMod(int a, int b, int m) {
    if (m <= 3037000499) return (a * b) % m;
    int result = 0;
    a = a % m;
    while (b > 0) {
      if ((b & 1) == 1) {
        result = result + a;
        if (result >= m || result < 0) result = result - m;
      }
      a = a + a;
      if (a >= m || a < 0) a = a - m;
      b = b >> 1;
    }
    return result;
  }

  // The inverse of this modulo [modulus]; throws Exception("Not coprime") as Dart does.
  int modInverse(int modulus) {
    if (modulus <= 0) throw RangeError.range(modulus, 1, null, "modulus");
    if (modulus == 1) return 0;
    int t = this % modulus;
    int r0 = modulus;
    int r1 = t;
    int s0 = 0;
    int s1 = 1;
    while (r1 != 0) {
      int q = r0 ~/ r1;
      int r2 = r0 - q * r1;
      r0 = r1;
      r1 = r2;
      int s2 = s0 - q * s1;
      s0 = s1;
      s1 = s2;
    }
    if (r0 != 1) throw Exception("Not coprime");
    return s0 < 0 ? s0 + modulus : s0;
  }
}
