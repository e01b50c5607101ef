// The JSON parser behind jsonDecode: one pass over the source with an explicit stack (no
// recursion, so deep nesting cannot overflow), building maps and lists and calling the reviver
// on each element, property and finally the result with Dart's order and keys. Every syntax
// error is a FormatException(message, source, offset) with the message and offset the Dart VM's
// parser reports ("Unexpected character", "Unexpected end of input", "Unterminated string"...).

// Parser states. A state says what may come next; _valueRead gives the state after a value.
const int _sTopEmpty = 0; // A value.
const int _sTopDone = 1; // Nothing.
const int _sArrayEmpty = 2; // A value or ']'.
const int _sArrayValue = 3; // ',' or ']'.
const int _sArrayComma = 4; // A value.
const int _sObjectEmpty = 5; // A key or '}'.
const int _sObjectKey = 6; // ':'.
const int _sObjectColon = 7; // A value.
const int _sObjectValue = 8; // ',' or '}'.
const int _sObjectComma = 9; // A key.

bool _allowsValue(int state) =>
    state == _sTopEmpty ||
    state == _sArrayEmpty ||
    state == _sArrayComma ||
    state == _sObjectColon;

bool _allowsString(int state) =>
    _allowsValue(state) || state == _sObjectEmpty || state == _sObjectComma;

int _valueRead(int state) {
  if (state == _sTopEmpty) return _sTopDone;
  if (state == _sArrayEmpty || state == _sArrayComma) return _sArrayValue;
  if (state == _sObjectEmpty || state == _sObjectComma) return _sObjectKey;
  return _sObjectValue; // _sObjectColon.
}

dynamic _parseJson(String source, Object? Function(Object? key, Object? value)? reviver) =>
    _JsonParser(source, reviver).parse();

class _JsonParser {
  final String _source;
  final int _length;
  final Object? Function(Object? key, Object? value)? _reviver;
  // The value just read (a string is a key in the object states).
  dynamic _value;

  _JsonParser(String source, this._reviver)
      : _source = source,
        _length = source.length;

  Never _fail(int position, [String? message]) {
    if (message == null) {
      message = position == _length ? "Unexpected end of input" : "Unexpected character";
    }
    throw FormatException(message, _source, position);
  }

  dynamic parse() {
    // Saved (state, container, key) of the enclosing containers.
    List stack = [];
    dynamic container;
    String key = "";
    int state = _sTopEmpty;
    int position = 0;
    Object? Function(Object? key, Object? value)? reviver = _reviver;
    while (position < _length) {
      int char = _source.codeUnitAt(position);
      if (char == 0x20 || char == 0x0D || char == 0x0A || char == 0x09) {
        position++;
      } else if (char == 0x22) {
        if (!_allowsString(state)) _fail(position);
        position = _parseString(position + 1);
        state = _valueRead(state);
      } else if (char == 0x5B || char == 0x7B) {
        if (!_allowsValue(state)) _fail(position);
        stack.add(state);
        stack.add(container);
        stack.add(key);
        if (char == 0x5B) {
          container = [];
          state = _sArrayEmpty;
        } else {
          container = <String, dynamic>{};
          state = _sObjectEmpty;
        }
        key = "";
        position++;
      } else if (char == 0x3A) {
        if (state != _sObjectKey) _fail(position);
        key = _value;
        _value = null;
        state = _sObjectColon;
        position++;
      } else if (char == 0x2C) {
        if (state == _sObjectValue) {
          container[key] = reviver == null ? _value : reviver(key, _value);
          state = _sObjectComma;
        } else if (state == _sArrayValue) {
          container.add(reviver == null ? _value : reviver(container.length, _value));
          state = _sArrayComma;
        } else {
          _fail(position);
        }
        _value = null;
        position++;
      } else if (char == 0x5D || char == 0x7D) {
        if (char == 0x5D) {
          if (state == _sArrayValue) {
            container.add(reviver == null ? _value : reviver(container.length, _value));
          } else if (state != _sArrayEmpty) {
            _fail(position);
          }
        } else {
          if (state == _sObjectValue) {
            container[key] = reviver == null ? _value : reviver(key, _value);
          } else if (state != _sObjectEmpty) {
            _fail(position);
          }
        }
        _value = container;
        key = stack.removeLast();
        container = stack.removeLast();
        state = _valueRead(stack.removeLast());
        position++;
      } else {
        if (!_allowsValue(state)) _fail(position);
        if (char == 0x6E) {
          position = _parseKeyword(position, "null", null);
        } else if (char == 0x74) {
          position = _parseKeyword(position, "true", true);
        } else if (char == 0x66) {
          position = _parseKeyword(position, "false", false);
        } else {
          position = _parseNumber(char, position);
        }
        state = _valueRead(state);
      }
    }
    if (state != _sTopDone) _fail(_length);
    return reviver == null ? _value : reviver(null, _value);
  }

  // Reads [keyword] (whose first letter is at [position]); a mismatch fails at its start, input
  // that ends inside it fails at the end.
  int _parseKeyword(int position, String keyword, Object? value) {
    int n = keyword.length;
    for (int i = 1; i < n; i++) {
      if (position + i == _length) _fail(_length);
      if (_source.codeUnitAt(position + i) != keyword.codeUnitAt(i)) _fail(position);
    }
    _value = value;
    return position + n;
  }

  // Reads a string whose first character is at [position]; returns the position after the
  // closing quote.
  int _parseString(int position) {
    int start = position;
    while (position < _length) {
      int char = _source.codeUnitAt(position++);
      if (char > 0x5C) continue;
      if (char == 0x5C) return _parseEscapedString(start, position - 1);
      if (char == 0x22) {
        _value = _source.substring(start, position - 1);
        return position;
      }
      if (char < 0x20) _fail(position - 1, "Control character in string");
    }
    _fail(_length, "Unterminated string");
  }

  // The rest of a string that has escapes: [start] is its first character, [position] the first
  // backslash.
  int _parseEscapedString(int start, int position) {
    StringBuffer buffer = StringBuffer(_source.substring(start, position));
    int sliceStart = position;
    while (true) {
      if (position == _length) _fail(_length, "Unterminated string");
      int char = _source.codeUnitAt(position++);
      if (char > 0x5C) continue;
      if (char < 0x20) _fail(position - 1);
      if (char == 0x22) {
        buffer.write(_source.substring(sliceStart, position - 1));
        _value = buffer.toString();
        return position;
      }
      if (char != 0x5C) continue;
      buffer.write(_source.substring(sliceStart, position - 1));
      if (position == _length) _fail(_length, "Unterminated string");
      char = _source.codeUnitAt(position++);
      if (char == 0x62) {
        char = 0x08;
      } else if (char == 0x66) {
        char = 0x0C;
      } else if (char == 0x6E) {
        char = 0x0A;
      } else if (char == 0x72) {
        char = 0x0D;
      } else if (char == 0x74) {
        char = 0x09;
      } else if (char == 0x75) {
        int hexStart = position - 1;
        int value = 0;
        for (int i = 0; i < 4; i++) {
          if (position == _length) _fail(_length, "Unterminated string");
          int digit = _hexDigit(_source.codeUnitAt(position++));
          if (digit < 0) _fail(hexStart, "Invalid unicode escape");
          value = value * 16 + digit;
        }
        char = value;
      } else if (char != 0x2F && char != 0x5C && char != 0x22) {
        if (char < 0x20) _fail(position, "Control character in string");
        _fail(position, "Unrecognized string escape");
      }
      buffer.writeCharCode(char);
      sliceStart = position;
    }
  }

  static int _hexDigit(int char) {
    if (char >= 0x30 && char <= 0x39) return char - 0x30;
    int letter = char | 0x20;
    if (letter >= 0x61 && letter <= 0x66) return letter - 0x61 + 10;
    return -1;
  }

  bool _isDigit(int position) {
    if (position >= _length) return false;
    int char = _source.codeUnitAt(position);
    return char >= 0x30 && char <= 0x39;
  }

  // Reads a number starting with [char] at [position] (any character that starts no other
  // value lands here, and fails as Dart's parser does).
  int _parseNumber(int char, int position) {
    int start = position;
    bool negative = char == 0x2D;
    if (negative) {
      position++;
      if (position == _length) _fail(_length, "Unterminated number literal");
    }
    if (!_isDigit(position)) {
      if (negative) _fail(position, "Missing expected digit");
      _fail(position);
    }
    if (_source.codeUnitAt(position) == 0x30) {
      position++;
      if (_isDigit(position)) _fail(position);
    } else {
      while (_isDigit(position)) {
        position++;
      }
    }
    bool isDouble = false;
    if (position < _length && _source.codeUnitAt(position) == 0x2E) {
      isDouble = true;
      position++;
      if (position == _length) _fail(_length, "Unterminated number literal");
      if (!_isDigit(position)) _fail(position);
      while (_isDigit(position)) {
        position++;
      }
    }
    if (position < _length && (_source.codeUnitAt(position) | 0x20) == 0x65) {
      isDouble = true;
      position++;
      if (position == _length) _fail(_length, "Unterminated number literal");
      int sign = _source.codeUnitAt(position);
      if (sign == 0x2B || sign == 0x2D) {
        position++;
        if (position == _length) _fail(_length, "Unterminated number literal");
      }
      if (!_isDigit(position)) _fail(position, "Missing expected digit");
      while (_isDigit(position)) {
        position++;
      }
    }
    String text = _source.substring(start, position);
    if (isDouble) {
      _value = double.parse(text);
    } else {
      _value = int.tryParse(text) ?? double.parse(text);
    }
    return position;
  }
}
