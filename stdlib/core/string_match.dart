// dart:core's String as a Pattern: the Match of a string pattern (one group, the pattern itself)
// and String.allMatches' iterable, shaped like the Dart VM's _StringMatch (same errors, same
// "Instance of '_StringMatch'"). An empty pattern matches at every index, the end included.
// Does not own RegExp matches (regexp.dart) or String's search natives (string_natives.cc).

class _StringMatch implements Match {
  final int start;
  final String input;
  final String pattern;

  _StringMatch(this.start, this.input, this.pattern);

  int get end => start + pattern.length;

  String operator [](int g) => group(g);

  int get groupCount => 0;

  String group(int group) {
    if (group != 0) throw RangeError.value(group);
    return pattern;
  }

  List<String> groups(List<int> groupIndices) {
    List<String> result = <String>[];
    for (int g in groupIndices) {
      result.add(group(g));
    }
    return result;
  }
}

class _StringAllMatchesIterable extends Iterable<Match> {
  final String _input;
  final String _pattern;
  final int _index;

  _StringAllMatchesIterable(this._input, this._pattern, this._index);

  Iterator<Match> get iterator => _StringAllMatchesIterator(_input, _pattern, _index);

  Match get first {
    int index = _input.indexOf(_pattern, _index);
    if (index >= 0) return _StringMatch(index, _input, _pattern);
    throw StateError("No element");
  }
}

class _StringAllMatchesIterator implements Iterator<Match> {
  final String _input;
  final String _pattern;
  int _index;
  Match? _current;

  _StringAllMatchesIterator(this._input, this._pattern, this._index);

  bool moveNext() {
    if (_index + _pattern.length > _input.length) {
      _current = null;
      return false;
    }
    int index = _input.indexOf(_pattern, _index);
    if (index < 0) {
      _index = _input.length + 1;
      _current = null;
      return false;
    }
    int end = index + _pattern.length;
    _current = _StringMatch(index, _input, _pattern);
    // After an empty match, search again one index later.
    if (end == _index) end++;
    _index = end;
    return true;
  }

  Match get current => _current as Match;
}
