// dart:convert's JSON: JsonCodec, JsonEncoder (with indent and toEncodable), JsonDecoder (with a
// reviver), their chunked sinks (the decoder's gathers the text and parses it at close),
// jsonEncode/jsonDecode and the encoder's errors. Output matches the Dart VM: numbers
// print as toString does, strings escape control characters, quotes, backslashes and lone
// surrogates; parse errors are FormatExceptions with the Dart parser's messages and offsets.
// Does not own number printing or parsing (dart:core).

const JsonCodec json = JsonCodec();

String jsonEncode(Object? object, {Object? Function(dynamic object)? toEncodable}) =>
    json.encode(object, toEncodable: toEncodable);

dynamic jsonDecode(String source, {Object? Function(Object? key, Object? value)? reviver}) =>
    json.decode(source, reviver: reviver);

/// Thrown when an object cannot be encoded as JSON (it and its toEncodable result are not
/// numbers, strings, booleans, null, lists or maps with string keys).
class JsonUnsupportedObjectError extends Error {
  final Object? unsupportedObject;
  final Object? cause;
  final String? partialResult;

  JsonUnsupportedObjectError(this.unsupportedObject, {this.cause, this.partialResult});

  String toString() {
    String safeString = Error.safeToString(unsupportedObject);
    String prefix = cause != null
        ? "Converting object to an encodable object failed:"
        : "Converting object did not return an encodable object:";
    return "$prefix $safeString";
  }
}

/// Thrown when a list or map contains itself, directly or not.
class JsonCyclicError extends JsonUnsupportedObjectError {
  JsonCyclicError(Object? object) : super(object);

  String toString() => "Cyclic error in JSON stringify";
}

class JsonCodec extends Codec<Object?, String> {
  final Object? Function(Object? key, Object? value)? _reviver;
  final Object? Function(dynamic object)? _toEncodable;

  const JsonCodec({Object? Function(Object? key, Object? value)? reviver,
      Object? Function(dynamic object)? toEncodable})
      : _reviver = reviver,
        _toEncodable = toEncodable;

  JsonCodec.withReviver(Object? Function(Object? key, Object? value) reviver)
      : this(reviver: reviver);

  dynamic decode(String source, {Object? Function(Object? key, Object? value)? reviver}) {
    return _parseJson(source, reviver ?? _reviver);
  }

  String encode(Object? value, {Object? Function(dynamic object)? toEncodable}) {
    return JsonEncoder(toEncodable ?? _toEncodable).convert(value);
  }

  JsonEncoder get encoder => JsonEncoder(_toEncodable);

  JsonDecoder get decoder => JsonDecoder(_reviver);
}

class JsonEncoder extends Converter<Object?, String> {
  final String? indent;
  final Object? Function(dynamic object)? _toEncodable;

  const JsonEncoder([Object? Function(dynamic object)? toEncodable])
      : indent = null,
        _toEncodable = toEncodable;

  const JsonEncoder.withIndent(this.indent, [Object? Function(dynamic object)? toEncodable])
      : _toEncodable = toEncodable;

  String convert(Object? object) {
    _JsonWriter writer = _JsonWriter(_toEncodable, indent);
    writer.writeObject(object);
    return writer.result();
  }

  /// A sink that takes one object and adds its JSON text to [sink], then closes [sink]. (Dart
  /// adds the text in many small pieces; this adds it as one string.)
  ChunkedConversionSink<Object?> startChunkedConversion(Sink<String> sink) => _JsonEncoderSink(
      sink is StringConversionSink ? sink : StringConversionSink.from(sink), this);

  Stream<String> bind(Stream<Object?> stream) => super.bind(stream);
}

class _JsonEncoderSink extends ChunkedConversionSink<Object?> {
  final StringConversionSink _sink;
  final JsonEncoder _encoder;
  bool _isDone = false;

  _JsonEncoderSink(this._sink, this._encoder);

  void add(Object? object) {
    if (_isDone) throw StateError("Only one call to add allowed");
    _isDone = true;
    ClosableStringSink output = _sink.asStringSink();
    output.write(_encoder.convert(object));
    output.close();
  }

  // The output was closed by add.
  void close() {}
}

/// Encodes an object as JSON text in UTF-8 bytes, as JsonEncoder then utf8 would.
class JsonUtf8Encoder extends Converter<Object?, List<int>> {
  final String? _indent;
  final Object? Function(dynamic object)? _toEncodable;

  // [bufferSize] sizes the Dart VM's output chunks; the bytes come here as one list.
  const JsonUtf8Encoder(
      [String? indent, Object? Function(dynamic object)? toEncodable, int? bufferSize])
      : _indent = indent,
        _toEncodable = toEncodable;

  List<int> convert(Object? object) =>
      utf8.encode(JsonEncoder.withIndent(_indent, _toEncodable).convert(object));

  /// A sink that takes one object and adds its JSON bytes to [sink], then closes [sink].
  ChunkedConversionSink<Object?> startChunkedConversion(Sink<List<int>> sink) =>
      _JsonUtf8EncoderSink(sink, this);
}

class _JsonUtf8EncoderSink extends ChunkedConversionSink<Object?> {
  final Sink<List<int>> _sink;
  final JsonUtf8Encoder _encoder;
  bool _isDone = false;

  _JsonUtf8EncoderSink(this._sink, this._encoder);

  void add(Object? object) {
    if (_isDone) throw StateError("Only one call to add allowed");
    _isDone = true;
    _sink.add(_encoder.convert(object));
    _sink.close();
  }

  // The output was closed by add.
  void close() {}
}

class JsonDecoder extends Converter<String, Object?> {
  final Object? Function(Object? key, Object? value)? _reviver;

  const JsonDecoder([Object? Function(Object? key, Object? value)? reviver]) : _reviver = reviver;

  dynamic convert(String input) => _parseJson(input, _reviver);

  /// A sink that takes the JSON text in chunks and, when closed, adds the value it describes to
  /// [sink] and closes [sink]. The text is parsed at close, so a syntax error is reported there.
  StringConversionSink startChunkedConversion(Sink<Object?> sink) =>
      _JsonDecoderSink(_reviver, sink);

  Stream<Object?> bind(Stream<String> stream) => super.bind(stream);
}

class _JsonDecoderSink extends StringConversionSink {
  final Object? Function(Object? key, Object? value)? _reviver;
  final Sink<Object?> _sink;
  final StringBuffer _buffer = StringBuffer();

  _JsonDecoderSink(this._reviver, this._sink);

  void addSlice(String chunk, int start, int end, bool isLast) {
    RangeError.checkValidRange(start, end, chunk.length);
    _buffer.write(start == 0 && end == chunk.length ? chunk : chunk.substring(start, end));
    if (isLast) close();
  }

  void close() {
    String source = _buffer.toString();
    _buffer.clear();
    Object? value = _parseJson(source, _reviver);
    _sink.add(value);
    _sink.close();
  }
}

Object? _defaultToEncodable(dynamic object) => object.toJson();

// Writes one value as JSON text into a list of parts, joined once at the end.
class _JsonWriter {
  final Object? Function(dynamic object) _toEncodable;
  final String? _indent;
  final List<String> _parts = <String>[];
  // The lists and maps being written, innermost last, and the same as an identity set: finding
  // a cycle costs one lookup, not a scan of the path (a scan made a deep structure quadratic).
  final List _seen = [];
  final Set<Object?> _seenSet = Set<Object?>.identity();
  int _indentLevel = 0;

  _JsonWriter(Object? Function(dynamic object)? toEncodable, this._indent)
      : _toEncodable = toEncodable ?? _defaultToEncodable;

  String result() => _parts.join();

  void _checkCycle(Object? object) {
    if (!_seenSet.add(object)) throw JsonCyclicError(object);
    _seen.add(object);
  }

  void _leave() {
    _seenSet.remove(_seen.removeLast());
  }

  void writeObject(Object? object) {
    if (_writeJsonValue(object)) return;
    _checkCycle(object);
    // As in Dart, any error while converting (including the "did not return" one) is wrapped,
    // so the message always names the outermost object that needed toEncodable.
    try {
      Object? customJson = _toEncodable(object);
      if (!_writeJsonValue(customJson)) {
        throw JsonUnsupportedObjectError(object, partialResult: result());
      }
      _leave();
    } catch (e) {
      throw JsonUnsupportedObjectError(object, cause: e, partialResult: result());
    }
  }

  // Writes [object] if it is a JSON value (list and map elements via writeObject); false if not.
  bool _writeJsonValue(Object? object) {
    if (object is num) {
      if (!object.isFinite) return false;
      _parts.add(object.toString());
      return true;
    } else if (identical(object, true)) {
      _parts.add("true");
      return true;
    } else if (identical(object, false)) {
      _parts.add("false");
      return true;
    } else if (object == null) {
      _parts.add("null");
      return true;
    } else if (object is String) {
      _parts.add('"');
      _writeStringContent(object);
      _parts.add('"');
      return true;
    } else if (object is List) {
      _checkCycle(object);
      _writeList(object);
      _leave();
      return true;
    } else if (object is Map) {
      _checkCycle(object);
      bool success = _writeMap(object);
      _leave();
      return success;
    }
    return false;
  }

  void _writeStringContent(String s) {
    int offset = 0;
    int length = s.length;
    for (int i = 0; i < length; i++) {
      int char = s.codeUnitAt(i);
      String? escape;
      if (char > 0x5C) {
        if (char >= 0xD800 && char <= 0xDFFF) {
          // A lone surrogate is escaped; a valid pair is kept.
          bool paired = char < 0xDC00
              ? (i + 1 < length && (s.codeUnitAt(i + 1) & 0xFC00) == 0xDC00)
              : (i > 0 && (s.codeUnitAt(i - 1) & 0xFC00) == 0xD800);
          if (!paired) escape = "\\u" + char.toRadixString(16);
        }
      } else if (char < 0x20) {
        if (char == 0x08) {
          escape = "\\b";
        } else if (char == 0x09) {
          escape = "\\t";
        } else if (char == 0x0A) {
          escape = "\\n";
        } else if (char == 0x0C) {
          escape = "\\f";
        } else if (char == 0x0D) {
          escape = "\\r";
        } else {
          escape = "\\u00" + (char < 0x10 ? "0" : "") + char.toRadixString(16);
        }
      } else if (char == 0x22) {
        escape = '\\"';
      } else if (char == 0x5C) {
        escape = "\\\\";
      }
      if (escape != null) {
        if (i > offset) _parts.add(s.substring(offset, i));
        _parts.add(escape);
        offset = i + 1;
      }
    }
    if (offset == 0) {
      _parts.add(s);
    } else if (offset < length) {
      _parts.add(s.substring(offset, length));
    }
  }

  void _newlineAndIndent() {
    _parts.add("\n");
    String indent = _indent!;
    for (int i = 0; i < _indentLevel; i++) {
      _parts.add(indent);
    }
  }

  void _writeList(List list) {
    if (list.isEmpty) {
      _parts.add("[]");
      return;
    }
    _parts.add("[");
    if (_indent == null) {
      writeObject(list[0]);
      for (int i = 1; i < list.length; i++) {
        _parts.add(",");
        writeObject(list[i]);
      }
    } else {
      _indentLevel++;
      for (int i = 0; i < list.length; i++) {
        if (i > 0) _parts.add(",");
        _newlineAndIndent();
        writeObject(list[i]);
      }
      _indentLevel--;
      _newlineAndIndent();
    }
    _parts.add("]");
  }

  bool _writeMap(Map map) {
    if (map.isEmpty) {
      _parts.add("{}");
      return true;
    }
    List keysAndValues = [];
    bool allStringKeys = true;
    map.forEach((key, value) {
      if (key is! String) allStringKeys = false;
      keysAndValues.add(key);
      keysAndValues.add(value);
    });
    if (!allStringKeys) return false;
    _parts.add("{");
    String separator = _indent == null ? ":" : ": ";
    if (_indent != null) _indentLevel++;
    for (int i = 0; i < keysAndValues.length; i += 2) {
      if (i > 0) _parts.add(",");
      if (_indent != null) _newlineAndIndent();
      _parts.add('"');
      _writeStringContent(keysAndValues[i]);
      _parts.add('"');
      _parts.add(separator);
      writeObject(keysAndValues[i + 1]);
    }
    if (_indent != null) {
      _indentLevel--;
      _newlineAndIndent();
    }
    _parts.add("}");
    return true;
  }
}
