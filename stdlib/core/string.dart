// dart:core String: immutable sequences of UTF-16 code units (one-byte and two-byte strings of
// the VM). Code-unit work (search, case mapping, concatenation, joining) is native
// (string_natives.cc); index checks and the shape of results follow the Dart VM's String in Dart.
// Only String patterns are supported (RegExp is tier 2): other Patterns throw UnsupportedError.
// Runes/RuneIterator give the code points.
// Does not own interpolation (the Interpolate opcode) or StringBuffer (string_buffer.dart).

abstract class String implements Comparable<String>, Pattern {
  // A string of one code point (two code units above 0xFFFF).
  external factory String.fromCharCode(int charCode);

  factory String.fromCharCodes(Iterable<int> charCodes, [int start = 0, int? end]) {
    List<int> codes = charCodes is List<int> ? charCodes : List<int>.of(charCodes);
    int actualEnd = RangeError.checkValidRange(start, end, codes.length);
    return _fromCharCodes(codes, start, actualEnd);
  }

  external int get length;
  external String operator [](int index);
  external int codeUnitAt(int index);
  external bool operator ==(Object other);
  external int get hashCode;
  external String operator +(String other);
  external String operator *(int times);
  external int compareTo(String other);
  external String trim();
  external String trimLeft();
  external String trimRight();
  external String toUpperCase();
  external String toLowerCase();

  // The natives below trust their arguments' ranges only as far as memory safety goes: the
  // Dart callers check ranges first so that errors read as they do in Dart.
  external static String _fromCharCodes(List<int> codes, int start, int end);
  external String _substringUnchecked(int start, int end);
  external int _indexOf(String pattern, int start);
  external int _lastIndexOf(String pattern, int start);
  external bool _matchesAt(String other, int start);
  external String _replaceAll(String from, String to);
  external String _replaceFirst(String from, String to, int start);
  // Concatenates [strings] (a list of Strings only) with [separator] between them.
  external static String _join(List strings, String separator);

  static String _stringPattern(Pattern pattern) {
    if (pattern is String) return pattern;
    throw UnsupportedError("Only String patterns are supported");
  }

  bool get isEmpty => length == 0;

  bool get isNotEmpty => length != 0;

  String toString() => this;

  String substring(int start, [int? end]) {
    int actualEnd = RangeError.checkValidRange(start, end, length);
    return _substringUnchecked(start, actualEnd);
  }

  bool startsWith(Pattern pattern, [int index = 0]) {
    if (index < 0 || index > length) throw RangeError.range(index, 0, length);
    return _matchesAt(_stringPattern(pattern), index);
  }

  bool endsWith(String other) {
    int start = length - other.length;
    return start >= 0 && _matchesAt(other, start);
  }

  int indexOf(Pattern pattern, [int start = 0]) {
    if (start < 0 || start > length) throw RangeError.range(start, 0, length, "start");
    return _indexOf(_stringPattern(pattern), start);
  }

  int lastIndexOf(Pattern pattern, [int? start]) {
    int from = length;
    if (start != null) {
      if (start < 0 || start > length) throw RangeError.range(start, 0, length);
      from = start;
    }
    return _lastIndexOf(_stringPattern(pattern), from);
  }

  bool contains(Pattern other, [int startIndex = 0]) {
    if (startIndex < 0 || startIndex > length) throw RangeError.range(startIndex, 0, length);
    return _indexOf(_stringPattern(other), startIndex) >= 0;
  }

  List<String> split(Pattern pattern) {
    String separator = _stringPattern(pattern);
    int length = this.length;
    List<String> result = <String>[];
    if (separator.isEmpty) {
      for (int i = 0; i < length; i++) {
        result.add(this[i]);
      }
      return result;
    }
    int start = 0;
    while (true) {
      int match = _indexOf(separator, start);
      if (match < 0) break;
      result.add(_substringUnchecked(start, match));
      start = match + separator.length;
    }
    result.add(_substringUnchecked(start, length));
    return result;
  }

  String replaceAll(Pattern from, String replace) => _replaceAll(_stringPattern(from), replace);

  String replaceFirst(Pattern from, String to, [int startIndex = 0]) {
    RangeError.checkValueInInterval(startIndex, 0, length, "startIndex");
    return _replaceFirst(_stringPattern(from), to, startIndex);
  }

  String replaceRange(int start, int? end, String replacement) {
    int actualEnd = RangeError.checkValidRange(start, end, length);
    return _substringUnchecked(0, start) + replacement + _substringUnchecked(actualEnd, length);
  }

  String padLeft(int width, [String padding = ' ']) {
    int delta = width - length;
    if (delta <= 0) return this;
    return padding * delta + this;
  }

  String padRight(int width, [String padding = ' ']) {
    int delta = width - length;
    if (delta <= 0) return this;
    return this + padding * delta;
  }

  Runes get runes => Runes(this);

  List<int> get codeUnits {
    int n = length;
    List<int> units = List<int>.filled(n, 0);
    for (int i = 0; i < n; i++) {
      units[i] = codeUnitAt(i);
    }
    return units;
  }
}

// The Unicode code points of a string: surrogate pairs combine, lone surrogates stay as they are.
class Runes extends Iterable<int> {
  final String string;

  Runes(this.string);

  Iterator<int> get iterator => RuneIterator(string);
}

class RuneIterator implements Iterator<int> {
  final String string;
  int _next = 0;
  int _current = -1;

  RuneIterator(this.string);

  int get current => _current;

  bool moveNext() {
    int length = string.length;
    if (_next >= length) {
      _current = -1;
      return false;
    }
    int unit = string.codeUnitAt(_next);
    _next++;
    if ((unit & 0xFC00) == 0xD800 && _next < length) {
      int low = string.codeUnitAt(_next);
      if ((low & 0xFC00) == 0xDC00) {
        _next++;
        unit = 0x10000 + ((unit & 0x3FF) << 10) + (low & 0x3FF);
      }
    }
    _current = unit;
    return true;
  }
}
