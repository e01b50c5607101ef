// dart:convert's ByteConversionSink: a chunked conversion sink of lists of bytes that can also
// take a slice of a list (which it must not keep: the caller may reuse the list), with its
// callback and adapter forms.

abstract class ByteConversionSink extends ChunkedConversionSink<List<int>> {
  const ByteConversionSink();

  /// A sink that collects the bytes and calls [callback] with all of them when it is closed.
  factory ByteConversionSink.withCallback(void callback(List<int> accumulated)) =
      _ByteCallbackSink;

  /// A sink that adds each chunk (a slice as a copy) to [sink].
  factory ByteConversionSink.from(Sink<List<int>> sink) = _ByteAdapterSink;

  /// Adds [chunk] from [start] to [end], then closes the sink if [isLast].
  void addSlice(List<int> chunk, int start, int end, bool isLast) {
    add(chunk.sublist(start, end));
    if (isLast) close();
  }
}

class _ByteAdapterSink extends ByteConversionSink {
  final Sink<List<int>> _sink;

  _ByteAdapterSink(this._sink);

  void add(List<int> chunk) {
    _sink.add(chunk);
  }

  void close() {
    _sink.close();
  }
}

// Collects bytes in a Uint8List that doubles when full (so values are kept modulo 256, as in
// Dart); the callback gets a Uint8List of exactly the bytes added.
class _ByteCallbackSink extends ByteConversionSink {
  final void Function(List<int>) _callback;
  Uint8List _buffer = Uint8List(1024);
  int _length = 0;

  _ByteCallbackSink(void callback(List<int> accumulated)) : _callback = callback;

  void add(List<int> chunk) {
    int needed = _length + chunk.length;
    if (needed > _buffer.length) {
      int capacity = _buffer.length * 2;
      while (capacity < needed) {
        capacity *= 2;
      }
      Uint8List grown = Uint8List(capacity);
      grown.setRange(0, _length, _buffer);
      _buffer = grown;
    }
    _buffer.setRange(_length, needed, chunk);
    _length = needed;
  }

  void close() {
    _callback(_buffer.sublist(0, _length));
  }
}
