// dart:core Match, RegExp and RegExpMatch. Patterns are compiled and run natively on RE2
// (regexp_natives.cc), which returns group offsets in UTF-16 units; matches, iteration and
// argument checks are here, shaped like the Dart VM's (same errors, same class names in
// "Instance of '_RegExpMatch'"). Differences from Dart: no backreferences or lookaround (a
// FormatException says so), and `.`/classes match whole code points even without `unicode`.
// Does not own String's Pattern methods (string.dart) or the String Match (string_match.dart).

abstract class Match {
  int get start;
  int get end;
  String? group(int group);
  String? operator [](int group);
  List<String?> groups(List<int> groupIndices);
  int get groupCount;
  String get input;
  Pattern get pattern;
}

abstract class RegExpMatch implements Match {
  String? namedGroup(String name);
  Iterable<String> get groupNames;
}

abstract class RegExp implements Pattern {
  factory RegExp(String source,
          {bool multiLine = false,
          bool caseSensitive = true,
          bool unicode = false,
          bool dotAll = false}) =>
      _RegExp(source, multiLine, caseSensitive, unicode, dotAll);

  // [text] with every character that is special in a pattern escaped by a backslash.
  static String escape(String text) {
    StringBuffer buffer = StringBuffer();
    int sliceStart = 0;
    bool escaped = false;
    int length = text.length;
    for (int i = 0; i < length; i++) {
      int c = text.codeUnitAt(i);
      if (_isSyntaxCharacter(c)) {
        buffer.write(text.substring(sliceStart, i));
        buffer.write(r"\");
        sliceStart = i;
        escaped = true;
      }
    }
    if (!escaped) return text;
    buffer.write(text.substring(sliceStart));
    return buffer.toString();
  }

  // $ ( ) * + . ? [ \ ] ^ { | }
  static bool _isSyntaxCharacter(int c) =>
      c == 0x24 ||
      (c >= 0x28 && c <= 0x2B) ||
      c == 0x2E ||
      c == 0x3F ||
      (c >= 0x5B && c <= 0x5E) ||
      (c >= 0x7B && c <= 0x7D);

  RegExpMatch? firstMatch(String input);
  Iterable<RegExpMatch> allMatches(String input, [int start = 0]);
  bool hasMatch(String input);
  String? stringMatch(String input);
  RegExpMatch? matchAsPrefix(String string, [int start = 0]);
  String get pattern;
  bool get isMultiLine;
  bool get isCaseSensitive;
  bool get isUnicode;
  bool get isDotAll;
}

class _RegExp implements RegExp {
  // Flag bits shared with regexp_natives.cc.
  static const int _multiLineFlag = 1;
  static const int _ignoreCaseFlag = 2;
  static const int _unicodeFlag = 4;
  static const int _dotAllFlag = 8;

  final String pattern;
  final int _flags;
  int _groupCount = 0;
  // Alternating group names and group indices, in group order.
  List _groupNameList = const [];

  _RegExp(String source, bool multiLine, bool caseSensitive, bool unicode, bool dotAll)
      : pattern = source,
        _flags = (multiLine ? _multiLineFlag : 0) |
            (caseSensitive ? 0 : _ignoreCaseFlag) |
            (unicode ? _unicodeFlag : 0) |
            (dotAll ? _dotAllFlag : 0) {
    List info = _compile(source, _flags);
    _groupCount = info[0];
    if (info.length > 1) _groupNameList = info.sublist(1);
  }

  // Compiles [source] (cached natively) and returns [groupCount, name, index, ...]; throws
  // FormatException when the pattern is malformed or needs what RE2 lacks.
  external static List _compile(String source, int flags);
  // The (start, end) offsets of every group of the first match at or after [start] (exactly at
  // [start] when [sticky]), -1 for groups that did not match; null without a match.
  external static List? _exec(String source, int flags, String input, int start, bool sticky);
  // The offsets of all matches from [start] on, (groupCount + 1) pairs each.
  external static List _execAll(String source, int flags, String input, int start);

  bool get isMultiLine => (_flags & _multiLineFlag) != 0;
  bool get isCaseSensitive => (_flags & _ignoreCaseFlag) == 0;
  bool get isUnicode => (_flags & _unicodeFlag) != 0;
  bool get isDotAll => (_flags & _dotAllFlag) != 0;

  RegExpMatch? _matchFrom(String input, int start) {
    List? offsets = _exec(pattern, _flags, input, start, false);
    if (offsets == null) return null;
    return _RegExpMatch(this, input, offsets, 0);
  }

  RegExpMatch? firstMatch(String input) => _matchFrom(input, 0);

  bool hasMatch(String input) => _exec(pattern, _flags, input, 0, false) != null;

  String? stringMatch(String input) {
    List? offsets = _exec(pattern, _flags, input, 0, false);
    if (offsets == null) return null;
    return input.substring(offsets[0], offsets[1]);
  }

  Iterable<RegExpMatch> allMatches(String string, [int start = 0]) {
    if (start < 0 || start > string.length) {
      throw RangeError.range(start, 0, string.length);
    }
    return _RegExpAllMatches(this, string, start);
  }

  RegExpMatch? matchAsPrefix(String string, [int start = 0]) {
    if (start < 0 || start > string.length) {
      throw RangeError.range(start, 0, string.length);
    }
    List? offsets = _exec(pattern, _flags, string, start, true);
    if (offsets == null) return null;
    return _RegExpMatch(this, string, offsets, 0);
  }

  Iterable<String> get _groupNames {
    List names = _groupNameList;
    return Iterable<String>.generate(names.length ~/ 2, (int i) => names[2 * i]);
  }

  int _groupNameIndex(String name) {
    List names = _groupNameList;
    for (int i = 0; i < names.length; i += 2) {
      if (names[i] == name) return names[i + 1];
    }
    return -1;
  }

  String toString() {
    String flags = "";
    if (!isCaseSensitive) flags += "i";
    if (isMultiLine) flags += "m";
    if (isDotAll) flags += "s";
    if (isUnicode) flags += "u";
    return "RegExp: pattern=$pattern flags=$flags";
  }
}

// One match: its groups' offsets are _offsets[_base + 2 * group] and the entry after it.
class _RegExpMatch implements RegExpMatch {
  final _RegExp _regexp;
  final String input;
  final List _offsets;
  final int _base;

  _RegExpMatch(this._regexp, this.input, this._offsets, this._base);

  int get start => _offsets[_base];
  int get end => _offsets[_base + 1];

  String? group(int groupIndex) {
    if (groupIndex < 0 || groupIndex > _regexp._groupCount) {
      throw RangeError.value(groupIndex);
    }
    int startIndex = _offsets[_base + 2 * groupIndex];
    if (startIndex < 0) return null;
    return input.substring(startIndex, _offsets[_base + 2 * groupIndex + 1]);
  }

  String? operator [](int groupIndex) => group(groupIndex);

  List<String?> groups(List<int> groupIndices) {
    List<String?> result = List<String?>.filled(groupIndices.length, null);
    for (int i = 0; i < groupIndices.length; i++) {
      result[i] = group(groupIndices[i]);
    }
    return result;
  }

  int get groupCount => _regexp._groupCount;

  Pattern get pattern => _regexp;

  String? namedGroup(String name) {
    int index = _regexp._groupNameIndex(name);
    if (index < 0) throw ArgumentError("Not a capture group name: $name");
    return group(index);
  }

  Iterable<String> get groupNames => _regexp._groupNames;
}

// RegExp.allMatches: each iteration finds all matches at once natively (the input is converted
// to UTF-8 once, not once per match) and then hands them out one by one.
class _RegExpAllMatches extends Iterable<RegExpMatch> {
  final _RegExp _regexp;
  final String _input;
  final int _start;

  _RegExpAllMatches(this._regexp, this._input, this._start);

  Iterator<RegExpMatch> get iterator => _RegExpAllMatchesIterator(
      _regexp, _input, _RegExp._execAll(_regexp.pattern, _regexp._flags, _input, _start));
}

class _RegExpAllMatchesIterator implements Iterator<RegExpMatch> {
  final _RegExp _regexp;
  final String _input;
  final List _offsets;
  final int _stride;
  int _next = 0;
  RegExpMatch? _current;

  _RegExpAllMatchesIterator(this._regexp, this._input, this._offsets)
      : _stride = 2 * (_regexp._groupCount + 1);

  RegExpMatch get current => _current as RegExpMatch;

  bool moveNext() {
    if (_next >= _offsets.length) {
      _current = null;
      return false;
    }
    _current = _RegExpMatch(_regexp, _input, _offsets, _next);
    _next += _stride;
    return true;
  }
}
