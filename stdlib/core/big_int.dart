// BigInt: arbitrary-precision integers with the Dart VM's API, results and error messages.
// A value is a sign and a magnitude of 30-bit digits, least significant first, without leading
// zero digits (zero has none), so a product of two digits plus carries fits a 64-bit int.
// Bit operations act on the infinite two's complement form, as in Dart.

abstract class BigInt implements Comparable<BigInt> {
  static BigInt get zero => _BigIntImpl._zero;
  static BigInt get one => _BigIntImpl._one;
  static BigInt get two => _BigIntImpl._two;

  static BigInt parse(String source, {int? radix}) {
    BigInt? result = _BigIntImpl._tryParse(source, radix);
    if (result == null) throw FormatException("Could not parse BigInt", source);
    return result;
  }

  static BigInt? tryParse(String source, {int? radix}) => _BigIntImpl._tryParse(source, radix);

  factory BigInt.from(num value) => _BigIntImpl._from(value);

  BigInt abs();
  BigInt operator -();
  BigInt operator +(BigInt other);
  BigInt operator -(BigInt other);
  BigInt operator *(BigInt other);
  double operator /(BigInt other);
  BigInt operator ~/(BigInt other);
  BigInt operator %(BigInt other);
  BigInt remainder(BigInt other);
  BigInt operator <<(int shiftAmount);
  BigInt operator >>(int shiftAmount);
  BigInt operator &(BigInt other);
  BigInt operator |(BigInt other);
  BigInt operator ^(BigInt other);
  BigInt operator ~();
  bool operator <(BigInt other);
  bool operator <=(BigInt other);
  bool operator >(BigInt other);
  bool operator >=(BigInt other);
  int compareTo(BigInt other);
  int get bitLength;
  int get sign;
  bool get isEven;
  bool get isOdd;
  bool get isNegative;
  BigInt pow(int exponent);
  BigInt modPow(BigInt exponent, BigInt modulus);
  BigInt modInverse(BigInt modulus);
  BigInt gcd(BigInt other);
  BigInt toUnsigned(int width);
  BigInt toSigned(int width);
  bool get isValidInt;
  int toInt();
  double toDouble();
  String toString();
  String toRadixString(int radix);
}

class _BigIntImpl implements BigInt {
  static const int _bits = 30;
  static const int _base = 1 << _bits;
  static const int _mask = _base - 1;

  static final _BigIntImpl _zero = _BigIntImpl._(false, const <int>[]);
  static final _BigIntImpl _one = _BigIntImpl._(false, <int>[1]);
  static final _BigIntImpl _two = _BigIntImpl._(false, <int>[2]);
  static final _BigIntImpl _minusOne = _BigIntImpl._(true, <int>[1]);

  final bool _neg;
  final List<int> _d;

  _BigIntImpl._(this._neg, this._d);

  // A value from a magnitude that may have leading zero digits (trimmed in place).
  static _BigIntImpl _make(bool negative, List<int> digits) {
    int n = digits.length;
    while (n > 0 && digits[n - 1] == 0) n--;
    if (n == 0) return _zero;
    if (n != digits.length) digits.length = n;
    return _BigIntImpl._(negative, digits);
  }

  static _BigIntImpl _fromInt(int value) {
    if (value == 0) return _zero;
    bool negative = value < 0;
    List<int> digits = <int>[];
    if (value == -0x8000000000000000) {
      digits..add(0)..add(0)..add(8);
      return _BigIntImpl._(true, digits);
    }
    int v = negative ? -value : value;
    while (v != 0) {
      digits.add(v & _mask);
      v >>= _bits;
    }
    return _BigIntImpl._(negative, digits);
  }

  static _BigIntImpl _from(num value) {
    if (value is int) return _fromInt(value);
    double d = value as double;
    if (d.isNaN || d.isInfinite) throw ArgumentError("Value must be finite: $d");
    bool negative = d < 0;
    d = d.abs().floorToDouble();
    if (d < 9.0e18) {
      _BigIntImpl r = _fromInt(d.toInt());
      return negative ? -r : r;
    }
    // A large double is an integer; halving it down below 2^54 stays exact.
    int shift = 0;
    while (d >= 18014398509481984.0) {
      d = d / 2;
      shift++;
    }
    _BigIntImpl r = _fromInt(d.toInt()) << shift;
    return negative ? -r : r;
  }

  // ----- parsing -----

  static _BigIntImpl? _tryParse(String source, int? radix) {
    if (source.isEmpty) return null;
    RegExpMatch? match = _parseRE.firstMatch(source);
    if (match == null) return null;
    bool negative = match[1] == "-";
    String? hexMatch = match[3];
    String? decimalMatch = match[4];
    String? otherMatch = match[5];
    if (radix == null) {
      if (decimalMatch != null) return _parseRadix(decimalMatch, 10, negative);
      if (hexMatch != null) return _parseRadix(hexMatch.substring(2), 16, negative);
      return null;
    }
    if (radix < 2 || radix > 36) throw RangeError.range(radix, 2, 36, 'radix');
    return _parseRadix((decimalMatch ?? otherMatch ?? hexMatch)!, radix, negative);
  }

  static final RegExp _parseRE =
      RegExp(r'^\s*([+-]?)((0x[a-f0-9]+)|(\d+)|([a-z0-9]+))\s*$', caseSensitive: false);

  static int _digitValue(int codeUnit) {
    if (codeUnit >= 48 && codeUnit <= 57) return codeUnit - 48;
    return (codeUnit | 0x20) - 97 + 10;
  }

  static _BigIntImpl? _parseRadix(String text, int radix, bool negative) {
    // Digits are read in chunks whose value stays below 2^30.
    int chunkDigits = 1;
    int chunkBase = radix;
    while (chunkBase * radix < _base) {
      chunkBase *= radix;
      chunkDigits++;
    }
    List<int> mag = <int>[];
    int i = 0;
    int first = text.length % chunkDigits;
    if (first == 0) first = chunkDigits;
    int end = first;
    int scale = 1;
    for (int k = 0; k < first; k++) scale *= radix;
    while (i < text.length) {
      int chunk = 0;
      for (; i < end; i++) {
        int v = _digitValue(text.codeUnitAt(i));
        if (v >= radix) return null;
        chunk = chunk * radix + v;
      }
      _mulAddSmall(mag, scale, chunk);
      scale = chunkBase;
      end += chunkDigits;
    }
    return _make(negative, mag);
  }

  // mag = mag * factor + addend, in place (factor, addend < 2^30).
  static void _mulAddSmall(List<int> mag, int factor, int addend) {
    int carry = addend;
    for (int i = 0; i < mag.length; i++) {
      int t = mag[i] * factor + carry;
      mag[i] = t & _mask;
      carry = t >> _bits;
    }
    while (carry != 0) {
      mag.add(carry & _mask);
      carry >>= _bits;
    }
  }

  // ----- magnitude helpers -----

  static int _cmpMag(List<int> a, List<int> b) {
    if (a.length != b.length) return a.length < b.length ? -1 : 1;
    for (int i = a.length - 1; i >= 0; i--) {
      if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
    }
    return 0;
  }

  static List<int> _addMag(List<int> a, List<int> b) {
    if (a.length < b.length) {
      List<int> t = a;
      a = b;
      b = t;
    }
    List<int> r = List<int>.filled(a.length + 1, 0, growable: true);
    int carry = 0;
    for (int i = 0; i < a.length; i++) {
      int t = a[i] + (i < b.length ? b[i] : 0) + carry;
      r[i] = t & _mask;
      carry = t >> _bits;
    }
    r[a.length] = carry;
    return r;
  }

  // a - b for a >= b.
  static List<int> _subMag(List<int> a, List<int> b) {
    List<int> r = List<int>.filled(a.length, 0, growable: true);
    int borrow = 0;
    for (int i = 0; i < a.length; i++) {
      int t = a[i] - (i < b.length ? b[i] : 0) - borrow;
      if (t < 0) {
        t += _base;
        borrow = 1;
      } else {
        borrow = 0;
      }
      r[i] = t;
    }
    return r;
  }

  static List<int> _mulMag(List<int> a, List<int> b) {
    List<int> r = List<int>.filled(a.length + b.length, 0, growable: true);
    for (int i = 0; i < a.length; i++) {
      int x = a[i];
      if (x == 0) continue;
      int carry = 0;
      int k = i;
      for (int j = 0; j < b.length; j++, k++) {
        int t = r[k] + x * b[j] + carry;
        r[k] = t & _mask;
        carry = t >> _bits;
      }
      while (carry != 0) {
        int t = r[k] + carry;
        r[k] = t & _mask;
        carry = t >> _bits;
        k++;
      }
    }
    return r;
  }

  static List<int> _shlMag(List<int> a, int n) {
    int digitShift = n ~/ _bits;
    int bitShift = n % _bits;
    List<int> r = List<int>.filled(a.length + digitShift + 1, 0, growable: true);
    if (bitShift == 0) {
      for (int i = 0; i < a.length; i++) r[i + digitShift] = a[i];
      return r;
    }
    int carry = 0;
    for (int i = 0; i < a.length; i++) {
      int t = (a[i] << bitShift) | carry;
      r[i + digitShift] = t & _mask;
      carry = t >> _bits;
    }
    r[a.length + digitShift] = carry;
    return r;
  }

  // Floor of a / 2^n (magnitudes); [lost] tells whether a one bit was shifted out.
  static List<int> _shrMag(List<int> a, int n) {
    int digitShift = n ~/ _bits;
    int bitShift = n % _bits;
    if (digitShift >= a.length) return <int>[];
    List<int> r = List<int>.filled(a.length - digitShift, 0, growable: true);
    for (int i = digitShift; i < a.length; i++) {
      int v = a[i] >> bitShift;
      if (bitShift != 0 && i + 1 < a.length) {
        v |= (a[i + 1] << (_bits - bitShift)) & _mask;
      }
      r[i - digitShift] = v;
    }
    return r;
  }

  static bool _lowBitsSet(List<int> a, int n) {
    int digitShift = n ~/ _bits;
    int bitShift = n % _bits;
    for (int i = 0; i < digitShift && i < a.length; i++) {
      if (a[i] != 0) return true;
    }
    return digitShift < a.length && (a[digitShift] & ((1 << bitShift) - 1)) != 0;
  }

  // Short division of a magnitude by a digit: the quotient, the remainder in rem[0].
  static List<int> _divSmall(List<int> a, int divisor, List<int> rem) {
    List<int> q = List<int>.filled(a.length, 0, growable: true);
    int r = 0;
    for (int i = a.length - 1; i >= 0; i--) {
      int t = (r << _bits) | a[i];
      q[i] = t ~/ divisor;
      r = t - q[i] * divisor;
    }
    rem[0] = r;
    return q;
  }

  // Truncating division of magnitudes (Knuth's algorithm D): [quotient, remainder].
  static List<List<int>> _divModMag(List<int> a, List<int> b) {
    if (_cmpMag(a, b) < 0) return <List<int>>[<int>[], List<int>.of(a)];
    if (b.length == 1) {
      List<int> rem = <int>[0];
      List<int> q = _divSmall(a, b[0], rem);
      return <List<int>>[q, <int>[rem[0]]];
    }
    int s = _bits - b.last.bitLength;
    List<int> v = _shlMag(b, s);
    while (v.length > b.length) v.removeLast();
    List<int> u = _shlMag(a, s);
    if (u.length == a.length) u.add(0);
    int n = v.length;
    int m = u.length - n - 1;
    List<int> q = List<int>.filled(m + 1, 0, growable: true);
    int vTop = v[n - 1];
    int vNext = v[n - 2];
    for (int j = m; j >= 0; j--) {
      int num = (u[j + n] << _bits) | u[j + n - 1];
      int qhat = num ~/ vTop;
      int rhat = num - qhat * vTop;
      while (qhat >= _base || qhat * vNext > ((rhat << _bits) | u[j + n - 2])) {
        qhat--;
        rhat += vTop;
        if (rhat >= _base) break;
      }
      int carry = 0;
      int borrow = 0;
      for (int i = 0; i < n; i++) {
        int p = qhat * v[i] + carry;
        carry = p >> _bits;
        int t = u[i + j] - (p & _mask) - borrow;
        if (t < 0) {
          t += _base;
          borrow = 1;
        } else {
          borrow = 0;
        }
        u[i + j] = t;
      }
      int t = u[j + n] - carry - borrow;
      if (t < 0) {
        // qhat was one too large: add the divisor back.
        u[j + n] = t + _base;
        qhat--;
        int c = 0;
        for (int i = 0; i < n; i++) {
          int sum = u[i + j] + v[i] + c;
          u[i + j] = sum & _mask;
          c = sum >> _bits;
        }
        u[j + n] = (u[j + n] + c) & _mask;
      } else {
        u[j + n] = t;
      }
      q[j] = qhat;
    }
    u.length = n;
    return <List<int>>[q, _shrMag(u, s)];
  }

  // ----- arithmetic -----

  bool get _isZero => _d.isEmpty;

  static _BigIntImpl _check(BigInt other) => other as _BigIntImpl;

  _BigIntImpl abs() => _neg ? -this : this;

  _BigIntImpl operator -() => _isZero ? this : _BigIntImpl._(!_neg, _d);

  _BigIntImpl operator +(BigInt bigInt) {
    _BigIntImpl other = _check(bigInt);
    if (_isZero) return other;
    if (other._isZero) return this;
    if (_neg == other._neg) return _make(_neg, _addMag(_d, other._d));
    int c = _cmpMag(_d, other._d);
    if (c == 0) return _zero;
    if (c > 0) return _make(_neg, _subMag(_d, other._d));
    return _make(other._neg, _subMag(other._d, _d));
  }

  _BigIntImpl operator -(BigInt bigInt) => this + -_check(bigInt);

  _BigIntImpl operator *(BigInt bigInt) {
    _BigIntImpl other = _check(bigInt);
    if (_isZero || other._isZero) return _zero;
    return _make(_neg != other._neg, _mulMag(_d, other._d));
  }

  double operator /(BigInt other) => toDouble() / other.toDouble();

  _BigIntImpl operator ~/(BigInt bigInt) {
    _BigIntImpl other = _check(bigInt);
    if (other._isZero) throw const IntegerDivisionByZeroException();
    return _make(_neg != other._neg, _divModMag(_d, other._d)[0]);
  }

  _BigIntImpl remainder(BigInt bigInt) {
    _BigIntImpl other = _check(bigInt);
    if (other._isZero) throw const IntegerDivisionByZeroException();
    return _make(_neg, _divModMag(_d, other._d)[1]);
  }

  _BigIntImpl operator %(BigInt bigInt) {
    _BigIntImpl other = _check(bigInt);
    _BigIntImpl r = remainder(other);
    if (r._neg) r = r + other.abs();
    return r;
  }

  bool operator <(BigInt other) => compareTo(other) < 0;
  bool operator <=(BigInt other) => compareTo(other) <= 0;
  bool operator >(BigInt other) => compareTo(other) > 0;
  bool operator >=(BigInt other) => compareTo(other) >= 0;

  int compareTo(BigInt bigInt) {
    _BigIntImpl other = _check(bigInt);
    if (_neg != other._neg) return _neg ? -1 : 1;
    int c = _cmpMag(_d, other._d);
    return _neg ? -c : c;
  }

  bool operator ==(Object other) => other is _BigIntImpl && compareTo(other) == 0;

  int get hashCode {
    int combine(int hash, int value) {
      hash = 0x1fffffff & (hash + value);
      hash = 0x1fffffff & (hash + ((0x0007ffff & hash) << 10));
      return hash ^ (hash >> 6);
    }

    int finish(int hash) {
      hash = 0x1fffffff & (hash + ((0x03ffffff & hash) << 3));
      hash = hash ^ (hash >> 11);
      return 0x1fffffff & (hash + ((0x00003fff & hash) << 15));
    }

    if (_isZero) return 6707;
    int hash = _neg ? 83585 : 429689;
    // The Dart VM hashes 32-bit digits.
    List<int> rest = _d;
    while (rest.isNotEmpty) {
      int low = rest[0] | (rest.length > 1 ? (rest[1] & 3) << _bits : 0);
      hash = combine(hash, low);
      rest = _shrMag(rest, 32);
      int n = rest.length;
      while (n > 0 && rest[n - 1] == 0) n--;
      rest.length = n;
    }
    return finish(hash);
  }

  _BigIntImpl operator <<(int shiftAmount) {
    if (shiftAmount < 0) throw ArgumentError("shift-amount must be positive $shiftAmount");
    if (_isZero) return this;
    return _make(_neg, _shlMag(_d, shiftAmount));
  }

  _BigIntImpl operator >>(int shiftAmount) {
    if (shiftAmount < 0) throw ArgumentError("shift-amount must be positive $shiftAmount");
    if (_isZero) return this;
    _BigIntImpl r = _make(_neg, _shrMag(_d, shiftAmount));
    // Negative values round toward negative infinity.
    if (_neg && _lowBitsSet(_d, shiftAmount)) r = r - _one;
    return r;
  }

  // Bitwise operations on non-negative magnitudes.
  static List<int> _andMag(List<int> a, List<int> b) {
    int n = a.length < b.length ? a.length : b.length;
    List<int> r = List<int>.filled(n, 0, growable: true);
    for (int i = 0; i < n; i++) r[i] = a[i] & b[i];
    return r;
  }

  static List<int> _andNotMag(List<int> a, List<int> b) {
    List<int> r = List<int>.of(a);
    for (int i = 0; i < a.length && i < b.length; i++) r[i] = a[i] & ~b[i] & _mask;
    return r;
  }

  static List<int> _orMag(List<int> a, List<int> b, bool xor) {
    int n = a.length > b.length ? a.length : b.length;
    List<int> r = List<int>.filled(n, 0, growable: true);
    for (int i = 0; i < n; i++) {
      int x = i < a.length ? a[i] : 0;
      int y = i < b.length ? b[i] : 0;
      r[i] = xor ? x ^ y : x | y;
    }
    return r;
  }

  // For a negative value -m: ~(-m) = m - 1, as a magnitude.
  List<int> get _notMag => _subMag(_d, _one._d);

  _BigIntImpl operator &(BigInt bigInt) {
    _BigIntImpl other = _check(bigInt);
    if (_isZero || other._isZero) return _zero;
    if (!_neg && !other._neg) return _make(false, _andMag(_d, other._d));
    if (_neg && other._neg) {
      // ~a & ~b == ~(a' | b') where a' = ~a.
      return -(_make(false, _orMag(_notMag, other._notMag, false)) + _one);
    }
    _BigIntImpl p = _neg ? other : this;
    _BigIntImpl n = _neg ? this : other;
    return _make(false, _andNotMag(p._d, n._notMag));
  }

  _BigIntImpl operator |(BigInt bigInt) {
    _BigIntImpl other = _check(bigInt);
    if (_isZero) return other;
    if (other._isZero) return this;
    if (!_neg && !other._neg) return _make(false, _orMag(_d, other._d, false));
    if (_neg && other._neg) {
      return -(_make(false, _andMag(_notMag, other._notMag)) + _one);
    }
    _BigIntImpl p = _neg ? other : this;
    _BigIntImpl n = _neg ? this : other;
    return -(_make(false, _andNotMag(n._notMag, p._d)) + _one);
  }

  _BigIntImpl operator ^(BigInt bigInt) {
    _BigIntImpl other = _check(bigInt);
    if (_isZero) return other;
    if (other._isZero) return this;
    if (!_neg && !other._neg) return _make(false, _orMag(_d, other._d, true));
    if (_neg && other._neg) return _make(false, _orMag(_notMag, other._notMag, true));
    _BigIntImpl p = _neg ? other : this;
    _BigIntImpl n = _neg ? this : other;
    return -(_make(false, _orMag(p._d, n._notMag, true)) + _one);
  }

  _BigIntImpl operator ~() => -this - _one;

  int get bitLength {
    if (_isZero) return 0;
    if (_neg) return (~this).bitLength;
    return _bits * (_d.length - 1) + _d.last.bitLength;
  }

  int get sign => _isZero ? 0 : (_neg ? -1 : 1);
  bool get isEven => _isZero || (_d[0] & 1) == 0;
  bool get isOdd => !isEven;
  bool get isNegative => _neg;

  _BigIntImpl pow(int exponent) {
    if (exponent < 0) throw ArgumentError("Exponent must not be negative: $exponent");
    if (exponent == 0) return _one;
    _BigIntImpl result = _one;
    _BigIntImpl base = this;
    while (exponent != 0) {
      if ((exponent & 1) == 1) result = result * base;
      exponent >>= 1;
      if (exponent != 0) base = base * base;
    }
    return result;
  }

  _BigIntImpl modPow(BigInt bigExponent, BigInt bigModulus) {
    _BigIntImpl exponent = _check(bigExponent);
    _BigIntImpl modulus = _check(bigModulus);
    if (exponent._neg) throw ArgumentError("exponent must be positive: $exponent");
    if (modulus <= _zero) throw ArgumentError("modulus must be strictly positive: $modulus");
    if (exponent._isZero) return _one;
    _BigIntImpl base = this % modulus;
    _BigIntImpl result = _one % modulus;
    int bits = exponent.bitLength;
    for (int i = bits - 1; i >= 0; i--) {
      result = (result * result) % modulus;
      if ((exponent._d[i ~/ _bits] >> (i % _bits)) & 1 == 1) {
        result = (result * base) % modulus;
      }
    }
    return result;
  }

  _BigIntImpl modInverse(BigInt bigInt) {
    _BigIntImpl modulus = _check(bigInt);
    if (modulus <= _zero) throw ArgumentError("Modulus must be strictly positive: $modulus");
    if (modulus == _one) return _zero;
    _BigIntImpl a = this % modulus;
    // Extended Euclid: keeps x with x * this == r (mod modulus).
    _BigIntImpl r0 = modulus, r1 = a;
    _BigIntImpl x0 = _zero, x1 = _one;
    while (!r1._isZero) {
      _BigIntImpl q = r0 ~/ r1;
      _BigIntImpl r2 = r0 - q * r1;
      r0 = r1;
      r1 = r2;
      _BigIntImpl x2 = x0 - q * x1;
      x0 = x1;
      x1 = x2;
    }
    if (r0 != _one) throw Exception("Not coprime");
    return x0 % modulus;
  }

  _BigIntImpl gcd(BigInt bigInt) {
    _BigIntImpl other = _check(bigInt);
    if (_isZero) return other.abs();
    if (other._isZero) return abs();
    _BigIntImpl a = abs(), b = other.abs();
    while (!b._isZero) {
      _BigIntImpl t = a.remainder(b);
      a = b;
      b = t;
    }
    return a;
  }

  _BigIntImpl toUnsigned(int width) => this & ((_one << width) - _one);

  _BigIntImpl toSigned(int width) {
    _BigIntImpl signMask = _one << (width - 1);
    return (this & (signMask - _one)) - (this & signMask);
  }

  bool get isValidInt {
    int length = bitLength;
    return length <= 63;
  }

  int toInt() {
    if (_isZero) return 0;
    if (bitLength > 63) return _neg ? -0x8000000000000000 : 0x7fffffffffffffff;
    int v = 0;
    for (int i = _d.length - 1; i >= 0; i--) {
      v = (v << _bits) | _d[i];
    }
    return _neg ? -v : v;
  }

  double toDouble() {
    if (_isZero) return 0.0;
    int length = _bits * (_d.length - 1) + _d.last.bitLength;
    double result;
    if (length <= 62) {
      int v = 0;
      for (int i = _d.length - 1; i >= 0; i--) {
        v = (v << _bits) | _d[i];
      }
      result = v.toDouble();
    } else {
      // The top 62 bits, with the lowest one set when any bit below them is (a sticky bit
      // far below the rounding position), convert with one correct rounding; scaling by a
      // power of two is exact until it overflows to infinity.
      int shift = length - 62;
      List<int> top = _shrMag(_d, shift);
      int v = 0;
      for (int i = top.length - 1; i >= 0; i--) {
        v = (v << _bits) | top[i];
      }
      if (_lowBitsSet(_d, shift)) v |= 1;
      result = v.toDouble();
      while (shift > 0 && result != double.infinity) {
        int step = shift > 60 ? 60 : shift;
        result *= (1 << step).toDouble();
        shift -= step;
      }
    }
    return _neg ? -result : result;
  }

  String toString() => toRadixString(10);

  String toRadixString(int radix) {
    if (radix < 2 || radix > 36) throw RangeError.range(radix, 2, 36);
    if (_isZero) return "0";
    if (bitLength <= 62) return toInt().toRadixString(radix);
    int chunkDigits = 1;
    int chunkBase = radix;
    while (chunkBase * radix < _base) {
      chunkBase *= radix;
      chunkDigits++;
    }
    List<String> chunks = <String>[];
    List<int> rest = _d;
    List<int> rem = <int>[0];
    while (rest.isNotEmpty) {
      rest = _divSmall(rest, chunkBase, rem);
      int n = rest.length;
      while (n > 0 && rest[n - 1] == 0) n--;
      rest.length = n;
      String s = rem[0].toRadixString(radix);
      chunks.add(rest.isEmpty ? s : s.padLeft(chunkDigits, '0'));
    }
    StringBuffer sb = StringBuffer();
    if (_neg) sb.write('-');
    for (int i = chunks.length - 1; i >= 0; i--) {
      sb.write(chunks[i]);
    }
    return sb.toString();
  }
}
