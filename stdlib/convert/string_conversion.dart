// dart:convert's StringConversionSink (a chunked conversion sink of strings that can take a slice
// of a string, or be used as a UTF-8 byte sink or a StringSink), ClosableStringSink, and their
// callback and adapter forms. The UTF-8 byte sinks decode with utf.dart's _Utf8ChunkedDecoder.

abstract mixin class StringConversionSink implements ChunkedConversionSink<String> {
  const StringConversionSink();

  /// A sink that joins the strings and calls [callback] with the result when it is closed.
  factory StringConversionSink.withCallback(void callback(String accumulated)) =
      _StringCallbackSink;

  /// A sink that adds each string (a slice as a substring) to [sink].
  factory StringConversionSink.from(Sink<String> sink) = _StringAdapterSink;

  /// A sink that writes each string to [sink]; closing it does not close [sink].
  factory StringConversionSink.fromStringSink(StringSink sink) = _StringSinkConversionSink;

  /// Adds [chunk] from [start] to [end], then closes the sink if [isLast].
  void addSlice(String chunk, int start, int end, bool isLast);

  void add(String str) {
    addSlice(str, 0, str.length, false);
  }

  void close();

  /// This sink as one that takes UTF-8 bytes (malformed ones replaced by U+FFFD when
  /// [allowMalformed]); use only the result from then on.
  ByteConversionSink asUtf8Sink(bool allowMalformed) => _Utf8ConversionSink(this, allowMalformed);

  /// This sink as a StringSink with close; use only the result from then on.
  ClosableStringSink asStringSink() => _StringConversionSinkAsStringSinkAdapter(this);
}

/// A StringSink that can be closed.
abstract class ClosableStringSink implements StringSink {
  /// A sink that writes to [sink] and calls [onClose] when it is closed.
  factory ClosableStringSink.fromStringSink(StringSink sink, void onClose()) =
      _ClosableStringSink;

  void close();
}

class _ClosableStringSink implements ClosableStringSink {
  final void Function() _callback;
  final StringSink _sink;

  _ClosableStringSink(this._sink, this._callback);

  void close() {
    _callback();
  }

  void writeCharCode(int charCode) {
    _sink.writeCharCode(charCode);
  }

  void write(Object? o) {
    _sink.write(o);
  }

  void writeln([Object? o = ""]) {
    _sink.writeln(o);
  }

  void writeAll(Iterable objects, [String separator = ""]) {
    _sink.writeAll(objects, separator);
  }
}

// A StringConversionSink seen as a StringSink: written objects become chunks; char codes and
// lines are gathered until more than 16 characters wait (or the next write), as in Dart.
class _StringConversionSinkAsStringSinkAdapter implements ClosableStringSink {
  static const int _minStringSize = 16;

  final StringBuffer _buffer = StringBuffer();
  final StringConversionSink _chunkedSink;

  _StringConversionSinkAsStringSinkAdapter(this._chunkedSink);

  void close() {
    if (_buffer.isNotEmpty) _flush();
    _chunkedSink.close();
  }

  void writeCharCode(int charCode) {
    _buffer.writeCharCode(charCode);
    if (_buffer.length > _minStringSize) _flush();
  }

  void write(Object? o) {
    if (_buffer.isNotEmpty) _flush();
    _chunkedSink.add(o.toString());
  }

  void writeln([Object? o = ""]) {
    _buffer.writeln(o);
    if (_buffer.length > _minStringSize) _flush();
  }

  void writeAll(Iterable objects, [String separator = ""]) {
    if (_buffer.isNotEmpty) _flush();
    Iterator iterator = objects.iterator;
    if (!iterator.moveNext()) return;
    if (separator.isEmpty) {
      do {
        _chunkedSink.add(iterator.current.toString());
      } while (iterator.moveNext());
    } else {
      _chunkedSink.add(iterator.current.toString());
      while (iterator.moveNext()) {
        write(separator);
        _chunkedSink.add(iterator.current.toString());
      }
    }
  }

  void _flush() {
    String accumulated = _buffer.toString();
    _buffer.clear();
    _chunkedSink.add(accumulated);
  }
}

// Writes the strings to a StringSink; closing does nothing.
class _StringSinkConversionSink extends StringConversionSink {
  final StringSink _stringSink;

  _StringSinkConversionSink(this._stringSink);

  void close() {}

  void addSlice(String str, int start, int end, bool isLast) {
    if (start != 0 || end != str.length) {
      for (int i = start; i < end; i++) {
        _stringSink.writeCharCode(str.codeUnitAt(i));
      }
    } else {
      _stringSink.write(str);
    }
    if (isLast) close();
  }

  void add(String str) {
    _stringSink.write(str);
  }

  ByteConversionSink asUtf8Sink(bool allowMalformed) =>
      _Utf8StringSinkAdapter(this, _stringSink, allowMalformed);

  ClosableStringSink asStringSink() => ClosableStringSink.fromStringSink(_stringSink, close);
}

// Joins the strings in a buffer and gives the result to a callback when closed.
class _StringCallbackSink extends _StringSinkConversionSink {
  final void Function(String) _callback;

  _StringCallbackSink(this._callback) : super(StringBuffer());

  void close() {
    StringBuffer buffer = _stringSink as StringBuffer;
    String accumulated = buffer.toString();
    buffer.clear();
    _callback(accumulated);
  }
}

// Adds strings (slices as substrings) to a plain Sink<String>.
class _StringAdapterSink extends StringConversionSink {
  final Sink<String> _sink;

  _StringAdapterSink(this._sink);

  void add(String str) {
    _sink.add(str);
  }

  void addSlice(String str, int start, int end, bool isLast) {
    if (start == 0 && end == str.length) {
      add(str);
    } else {
      add(str.substring(start, end));
    }
    if (isLast) close();
  }

  void close() {
    _sink.close();
  }
}

// Decodes UTF-8 bytes straight into a StringSink; closing it closes [_sink].
class _Utf8StringSinkAdapter extends ByteConversionSink {
  final _Utf8ChunkedDecoder _decoder;
  final Sink<Object?> _sink;
  final StringSink _stringSink;

  _Utf8StringSinkAdapter(this._sink, this._stringSink, bool allowMalformed)
      : _decoder = _Utf8ChunkedDecoder(allowMalformed);

  void close() {
    _decoder.flush(_stringSink);
    _sink.close();
  }

  void add(List<int> chunk) {
    addSlice(chunk, 0, chunk.length, false);
  }

  void addSlice(List<int> codeUnits, int startIndex, int endIndex, bool isLast) {
    _stringSink.write(_decoder.convertChunked(codeUnits, startIndex, endIndex));
    if (isLast) close();
  }
}

// Decodes UTF-8 bytes and adds the text of each chunk (when there is any) to a
// StringConversionSink. An unfinished sequence at close is an error (or U+FFFD), thrown before
// the target is closed.
class _Utf8ConversionSink extends ByteConversionSink {
  final _Utf8ChunkedDecoder _decoder;
  final StringConversionSink _chunkedSink;
  final StringBuffer _buffer = StringBuffer();

  _Utf8ConversionSink(this._chunkedSink, bool allowMalformed)
      : _decoder = _Utf8ChunkedDecoder(allowMalformed);

  void close() {
    _decoder.flush(_buffer);
    if (_buffer.isNotEmpty) {
      String accumulated = _buffer.toString();
      _buffer.clear();
      _chunkedSink.addSlice(accumulated, 0, accumulated.length, true);
    } else {
      _chunkedSink.close();
    }
  }

  void add(List<int> chunk) {
    addSlice(chunk, 0, chunk.length, false);
  }

  void addSlice(List<int> chunk, int startIndex, int endIndex, bool isLast) {
    String text = _decoder.convertChunked(chunk, startIndex, endIndex);
    if (isLast) {
      _buffer.write(text);
      close();
    } else if (text.isNotEmpty) {
      _chunkedSink.addSlice(text, 0, text.length, false);
    }
  }
}
