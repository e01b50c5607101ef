// dart:convert's LineSplitter: splits text at "\n", "\r" and "\r\n" (each one line break); a
// final line without a terminator is kept, an empty final one is not. As in Dart it is a
// StreamTransformer, not a Converter: convert and split work on a whole string, and the chunked
// sink (also what bind uses) carries a partial line and a "\r" that ends a chunk over to the
// next chunk, so "\r" + "\n" across two chunks is one break.

const int _lf = 0x0A;
const int _cr = 0x0D;

class LineSplitter extends StreamTransformerBase<String, String> {
  const LineSplitter();

  /// The lines of [lines] from [start] to [end]. Dart's result is lazy; this one is computed at
  /// once but is a plain Iterable (not a List), so it prints as Dart's does: "(a, b)".
  static Iterable<String> split(String lines, [int start = 0, int? end]) {
    int actualEnd = RangeError.checkValidRange(start, end, lines.length);
    return _splitToList(lines, start, actualEnd).skip(0);
  }

  List<String> convert(String data) => _splitToList(data, 0, data.length);

  static List<String> _splitToList(String lines, int start, int end) {
    List<String> result = <String>[];
    int sliceStart = start;
    int char = 0;
    for (int i = start; i < end; i++) {
      int previousChar = char;
      char = lines.codeUnitAt(i);
      if (char != _cr) {
        if (char != _lf) continue;
        if (previousChar == _cr) {
          sliceStart = i + 1;
          continue;
        }
      }
      result.add(lines.substring(sliceStart, i));
      sliceStart = i + 1;
    }
    if (sliceStart < end) result.add(lines.substring(sliceStart, end));
    return result;
  }

  /// A sink that takes chunks of text and adds each complete line to [sink]; the last line,
  /// if it has no terminator, when it is closed.
  StringConversionSink startChunkedConversion(Sink<String> sink) =>
      _LineSplitterSink(sink is StringConversionSink ? sink : StringConversionSink.from(sink));

  Stream<String> bind(Stream<String> stream) => Stream<String>.eventTransformed(
      stream, (EventSink<String> sink) => _LineSplitterEventSink(sink));
}

class _LineSplitterSink extends StringConversionSink {
  final StringConversionSink _sink;

  // The start of a line whose end is in a later chunk (parts joined when a line spans several
  // chunks), or null.
  StringBuffer? _carry;

  // Whether the previous chunk ended with "\r", so that a "\n" starting this one ends nothing.
  bool _skipLeadingLF = false;

  _LineSplitterSink(this._sink);

  void addSlice(String chunk, int start, int end, bool isLast) {
    end = RangeError.checkValidRange(start, end, chunk.length);
    if (start < end) {
      if (_skipLeadingLF) {
        if (chunk.codeUnitAt(start) == _lf) start++;
        _skipLeadingLF = false;
      }
      _addLines(chunk, start, end, isLast);
    }
    if (isLast) close();
  }

  void close() {
    StringBuffer? carry = _carry;
    if (carry != null) {
      _carry = null;
      _sink.add(carry.toString());
    }
    _sink.close();
  }

  void _addLines(String lines, int start, int end, bool isLast) {
    int sliceStart = start;
    int char = 0;
    for (int i = start; i < end; i++) {
      int previousChar = char;
      char = lines.codeUnitAt(i);
      if (char != _cr) {
        if (char != _lf) continue;
        if (previousChar == _cr) {
          sliceStart = i + 1;
          continue;
        }
      }
      String line = lines.substring(sliceStart, i);
      StringBuffer? carry = _carry;
      if (carry != null) {
        _carry = null;
        carry.write(line);
        line = carry.toString();
      }
      _sink.add(line);
      sliceStart = i + 1;
    }
    if (sliceStart < end) {
      String rest = lines.substring(sliceStart, end);
      if (isLast) {
        // The last line is added now instead of being carried to the close that follows.
        StringBuffer? carry = _carry;
        if (carry != null) {
          _carry = null;
          carry.write(rest);
          rest = carry.toString();
        }
        _sink.add(rest);
        return;
      }
      (_carry ??= StringBuffer()).write(rest);
    } else {
      _skipLeadingLF = char == _cr;
    }
  }
}

// The sink LineSplitter.bind maps a stream's output sink to: errors pass through unchanged.
class _LineSplitterEventSink extends _LineSplitterSink implements EventSink<String> {
  final EventSink<String> _eventSink;

  _LineSplitterEventSink(EventSink<String> eventSink)
      : _eventSink = eventSink,
        super(StringConversionSink.from(eventSink));

  void addError(Object o, [StackTrace? stackTrace]) {
    _eventSink.addError(o, stackTrace);
  }
}
