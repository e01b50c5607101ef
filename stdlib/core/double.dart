// dart:core double: IEEE-754 binary64. Arithmetic, comparison, rounding and printing are
// natives (double_natives.cc); argument checks that Dart does in Dart stay here so the natives
// and their error texts match the Dart VM.
// Does not own the digit generation (stdlib/number_format.cc).

abstract class double extends num {
  static const double nan = 0.0 / 0.0;
  static const double infinity = 1.0 / 0.0;
  static const double negativeInfinity = -infinity;
  static const double minPositive = 5e-324;
  static const double maxFinite = 1.7976931348623157e+308;

  external double operator +(num other);
  external double operator -(num other);
  external double operator *(num other);
  external double operator /(num other);
  external int operator ~/(num other);
  external double operator %(num other);
  external double operator -();
  external bool operator <(num other);
  external bool operator <=(num other);
  external bool operator >(num other);
  external bool operator >=(num other);
  external bool operator ==(Object other);
  external int get hashCode;
  external double remainder(num other);
  external int compareTo(num other);
  external bool get isNaN;
  external bool get isInfinite;
  external bool get isNegative;
  external int toInt();
  external double roundToDouble();
  external double floorToDouble();
  external double ceilToDouble();
  external double truncateToDouble();
  external String toString();

  external String _toStringAsFixed(int fractionDigits);
  external String _toStringAsExponential(int fractionDigits);
  external String _toStringAsPrecision(int precision);
  external static double? _tryParse(String source);

  bool get isFinite => !isInfinite && !isNaN;

  double abs() {
    if (this == 0.0) return 0.0;
    return this < 0.0 ? -this : this;
  }

  double get sign {
    if (this > 0.0) return 1.0;
    if (this < 0.0) return -1.0;
    return this;
  }

  int round() => roundToDouble().toInt();
  int floor() => floorToDouble().toInt();
  int ceil() => ceilToDouble().toInt();
  int truncate() => toInt();
  double toDouble() => this;

  num clamp(num lowerLimit, num upperLimit) {
    if (lowerLimit.compareTo(upperLimit) > 0) {
      throw ArgumentError(lowerLimit);
    }
    if (lowerLimit.isNaN) return lowerLimit;
    if (this.compareTo(lowerLimit) < 0) return lowerLimit;
    if (this.compareTo(upperLimit) > 0) return upperLimit;
    return this;
  }

  String toStringAsFixed(int fractionDigits) {
    if (fractionDigits < 0 || fractionDigits > 20) {
      throw RangeError.range(fractionDigits, 0, 20, "fractionDigits");
    }
    if (isNaN) return "NaN";
    if (this >= 1e21 || this <= -1e21) return toString();
    return _toStringAsFixed(fractionDigits);
  }

  String toStringAsExponential([int? fractionDigits]) {
    if (fractionDigits != null && (fractionDigits < 0 || fractionDigits > 20)) {
      throw RangeError.range(fractionDigits, 0, 20, "fractionDigits");
    }
    if (isNaN) return "NaN";
    if (this == infinity) return "Infinity";
    if (this == negativeInfinity) return "-Infinity";
    return _toStringAsExponential(fractionDigits ?? -1);
  }

  String toStringAsPrecision(int precision) {
    if (precision < 1 || precision > 21) {
      throw RangeError.range(precision, 1, 21, "precision");
    }
    if (isNaN) return "NaN";
    if (this == infinity) return "Infinity";
    if (this == negativeInfinity) return "-Infinity";
    return _toStringAsPrecision(precision);
  }

  static double parse(String source) {
    double? result = _tryParse(source);
    if (result == null) throw FormatException("Invalid double", source);
    return result;
  }

  static double? tryParse(String source) => _tryParse(source);
}
