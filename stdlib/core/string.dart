// dart:core String: immutable sequences of UTF-16 code units (one-byte and two-byte strings of
// the VM). Code-unit work (search, case mapping, concatenation, joining) is native
// (string_natives.cc); index checks and the shape of results follow the Dart VM's String in Dart.
// Pattern arguments may be Strings (fast native paths) or any Pattern, RegExp included (through
// allMatches/matchAsPrefix, as the Dart VM does).
// Runes/RuneIterator give the code points.
// Does not own interpolation (the Interpolate opcode), StringBuffer (string_buffer.dart) or the
// Match of a String pattern (string_match.dart).

abstract class String implements Comparable<String>, Pattern {
  // A string of one code point (two code units above 0xFFFF).
  external factory String.fromCharCode(int charCode);

  // The environment is read when the expression runs (once for a const one), so the Dart VM's
  // compile-time and run-time readings agree.
  const factory String.fromEnvironment(String name, {String defaultValue = ""}) =>
      _environmentValue(name) ?? defaultValue;

  factory String.fromCharCodes(Iterable<int> charCodes, [int start = 0, int? end]) {
    // Typed lists (a Uint8List from utf8.encode or a file) and Dart-implemented lists are
    // copied: the native reads the VM's own lists only.
    List<int> codes = List._isNative(charCodes) ? charCodes as List<int> : List<int>.of(charCodes);
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

  bool get isEmpty => length == 0;

  bool get isNotEmpty => length != 0;

  String toString() => this;

  String substring(int start, [int? end]) {
    int actualEnd = RangeError.checkValidRange(start, end, length);
    return _substringUnchecked(start, actualEnd);
  }

  // String as a Pattern: [string]'s occurrences of this string (string_match.dart).
  Iterable<Match> allMatches(String string, [int start = 0]) {
    if (start < 0 || start > string.length) {
      throw RangeError.range(start, 0, string.length, "start");
    }
    return _StringAllMatchesIterable(string, this, start);
  }

  Match? matchAsPrefix(String string, [int start = 0]) {
    if (start < 0 || start > string.length) {
      throw RangeError.range(start, 0, string.length);
    }
    if (!string._matchesAt(this, start)) return null;
    return _StringMatch(start, string, this);
  }

  bool startsWith(Pattern pattern, [int index = 0]) {
    if (index < 0 || index > length) throw RangeError.range(index, 0, length);
    if (pattern is String) return _matchesAt(pattern, index);
    return pattern.matchAsPrefix(this, index) != null;
  }

  bool endsWith(String other) {
    int start = length - other.length;
    return start >= 0 && _matchesAt(other, start);
  }

  int indexOf(Pattern pattern, [int start = 0]) {
    if (start < 0 || start > length) throw RangeError.range(start, 0, length, "start");
    if (pattern is String) return _indexOf(pattern, start);
    Match? match = _firstMatch(pattern, start);
    return match == null ? -1 : match.start;
  }

  int lastIndexOf(Pattern pattern, [int? start]) {
    int from = length;
    if (start != null) {
      if (start < 0 || start > length) throw RangeError.range(start, 0, length);
      from = start;
    }
    if (pattern is String) return _lastIndexOf(pattern, from);
    for (int i = from; i >= 0; i--) {
      if (pattern.matchAsPrefix(this, i) != null) return i;
    }
    return -1;
  }

  bool contains(Pattern other, [int startIndex = 0]) {
    if (other is String) {
      if (startIndex < 0 || startIndex > length) throw RangeError.range(startIndex, 0, length);
      return _indexOf(other, startIndex) >= 0;
    }
    return _firstMatch(other, 0, substring(startIndex)) != null;
  }

  // The first match of [pattern] in [input] (this string by default) at or after [start].
  Match? _firstMatch(Pattern pattern, int start, [String? input]) {
    String text = input ?? this;
    if (pattern is _RegExp) return pattern._matchFrom(text, start);
    Iterator<Match> matches = pattern.allMatches(text, start).iterator;
    return matches.moveNext() ? matches.current : null;
  }

  List<String> split(Pattern pattern) {
    if (pattern is String) return _splitString(pattern);
    int length = this.length;
    Iterator<Match> matches = pattern.allMatches(this).iterator;
    // An empty string that the pattern matches splits into nothing.
    if (length == 0 && matches.moveNext()) return <String>[];
    List<String> result = <String>[];
    int startIndex = 0;
    int previousIndex = 0;
    while (true) {
      if (startIndex == length || !matches.moveNext()) {
        result.add(substring(previousIndex, length));
        break;
      }
      Match match = matches.current;
      if (match.start == length) {
        result.add(substring(previousIndex, length));
        break;
      }
      int endIndex = match.end;
      if (startIndex == endIndex && endIndex == previousIndex) {
        // An empty match right after the previous one splits nothing off.
        ++startIndex;
        continue;
      }
      result.add(substring(previousIndex, match.start));
      startIndex = previousIndex = endIndex;
    }
    return result;
  }

  List<String> _splitString(String separator) {
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

  String replaceAll(Pattern from, String replace) {
    if (from is String) return _replaceAll(from, replace);
    return _replaceMatches(from.allMatches(this), (Match match) => replace);
  }

  String replaceAllMapped(Pattern from, String Function(Match match) replace) =>
      _replaceMatches(from.allMatches(this), replace);

  // This string with each of [matches] (in order, not overlapping) replaced by [replace]'s
  // result for it.
  String _replaceMatches(Iterable<Match> matches, String Function(Match match) replace) {
    List<String> parts = <String>[];
    int startIndex = 0;
    for (Match match in matches) {
      parts.add(substring(startIndex, match.start));
      parts.add("${replace(match)}");
      startIndex = match.end;
    }
    if (parts.isEmpty) return this;
    parts.add(substring(startIndex));
    return String._join(parts, "");
  }

  String replaceFirst(Pattern from, String to, [int startIndex = 0]) {
    RangeError.checkValueInInterval(startIndex, 0, length, "startIndex");
    if (from is String) return _replaceFirst(from, to, startIndex);
    Match? match = _firstMatch(from, startIndex);
    if (match == null) return this;
    return replaceRange(match.start, match.end, to);
  }

  String replaceFirstMapped(Pattern from, String Function(Match match) replace,
      [int startIndex = 0]) {
    RangeError.checkValueInInterval(startIndex, 0, length, "startIndex");
    Match? match = _firstMatch(from, startIndex);
    if (match == null) return this;
    return replaceRange(match.start, match.end, "${replace(match)}");
  }

  String splitMapJoin(Pattern pattern,
      {String Function(Match match)? onMatch, String Function(String nonMatch)? onNonMatch}) {
    String Function(Match match) matchText = onMatch ?? (Match match) => match[0]!;
    String Function(String nonMatch) nonMatchText = onNonMatch ?? (String text) => text;
    if (pattern is String && pattern.isEmpty) {
      return _splitMapJoinEmpty(matchText, nonMatchText);
    }
    StringBuffer buffer = StringBuffer();
    int startIndex = 0;
    for (Match match in pattern.allMatches(this)) {
      buffer.write(nonMatchText(substring(startIndex, match.start)));
      buffer.write(matchText(match));
      startIndex = match.end;
    }
    buffer.write(nonMatchText(substring(startIndex)));
    return buffer.toString();
  }

  // splitMapJoin with the empty pattern: a match between every two characters (never inside a
  // surrogate pair) and at both ends.
  String _splitMapJoinEmpty(
      String Function(Match match) onMatch, String Function(String nonMatch) onNonMatch) {
    StringBuffer buffer = StringBuffer();
    int length = this.length;
    int i = 0;
    buffer.write(onNonMatch(""));
    while (i < length) {
      buffer.write(onMatch(_StringMatch(i, this, "")));
      int code = codeUnitAt(i);
      if ((code & 0xFC00) == 0xD800 && i + 1 < length && (codeUnitAt(i + 1) & 0xFC00) == 0xDC00) {
        buffer.write(onNonMatch(substring(i, i + 2)));
        i += 2;
        continue;
      }
      buffer.write(onNonMatch(this[i]));
      i++;
    }
    buffer.write(onMatch(_StringMatch(i, this, "")));
    buffer.write(onNonMatch(""));
    return buffer.toString();
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
