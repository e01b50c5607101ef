// dart:core num: the common superclass of int and double. Its operators are abstract here and
// implemented by int and double as natives (int_natives.cc, double_natives.cc), which accept
// every mix of int and double operands as Dart does.
// Does not own number formatting or parsing (stdlib/number_format.cc).

abstract class num implements Comparable<num> {
  num operator +(num other);
  num operator -(num other);
  num operator *(num other);
  double operator /(num other);
  int operator ~/(num other);
  num operator %(num other);
  num operator -();
  bool operator <(num other);
  bool operator <=(num other);
  bool operator >(num other);
  bool operator >=(num other);
  num remainder(num other);
  int compareTo(num other);

  bool get isNaN;
  bool get isNegative;
  bool get isInfinite;
  bool get isFinite;

  num abs();
  num get sign;
  int round();
  int floor();
  int ceil();
  int truncate();
  double roundToDouble();
  double floorToDouble();
  double ceilToDouble();
  double truncateToDouble();
  int toInt();
  double toDouble();
  String toStringAsFixed(int fractionDigits);
  String toStringAsExponential([int? fractionDigits]);
  String toStringAsPrecision(int precision);

  // As the Dart VM: an int range keeps ints; otherwise compareTo decides, and NaN limits win.
  num clamp(num lowerLimit, num upperLimit) {
    if (lowerLimit is int && upperLimit is int && lowerLimit <= upperLimit) {
      if (this < lowerLimit) return lowerLimit;
      if (this > upperLimit) return upperLimit;
      return this;
    }
    if (lowerLimit.compareTo(upperLimit) > 0) {
      throw ArgumentError(lowerLimit);
    }
    if (lowerLimit.isNaN) return lowerLimit;
    if (this.compareTo(lowerLimit) < 0) return lowerLimit;
    if (this.compareTo(upperLimit) > 0) return upperLimit;
    return this;
  }

  static num parse(String input) {
    num? result = tryParse(input);
    if (result == null) throw FormatException(input);
    return result;
  }

  static num? tryParse(String input) {
    String source = input.trim();
    return int.tryParse(source) ?? double.tryParse(source);
  }
}
