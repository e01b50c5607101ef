// dart:convert's ChunkedConversionSink (the input and output of a chunked conversion), its
// callback form, and the EventSink a Converter's bind puts between a stream and the converter's
// chunked conversion. The byte and string sinks are in byte_conversion.dart and
// string_conversion.dart; Converter.bind itself is in codec.dart.

abstract class ChunkedConversionSink<T> implements Sink<T> {
  const ChunkedConversionSink();

  /// A sink that keeps the chunks and calls [callback] with all of them when it is closed.
  factory ChunkedConversionSink.withCallback(void callback(List<T> accumulated)) =
      _SimpleCallbackSink<T>;

  void add(T chunk);

  void close();
}

class _SimpleCallbackSink<T> extends ChunkedConversionSink<T> {
  final void Function(List<T>) _callback;
  final List<T> _accumulated = <T>[];

  _SimpleCallbackSink(this._callback);

  void add(T chunk) {
    _accumulated.add(chunk);
  }

  void close() {
    _callback(_accumulated);
  }
}

// The input sink of a bound converter (Stream.eventTransformed's mapper): data goes into the
// converter's chunked conversion, whose output goes to the stream's sink; errors skip the
// converter, as in Dart.
class _ConverterStreamEventSink<S, T> implements EventSink<S> {
  final EventSink<T> _eventSink;
  final Sink<S> _chunkedSink;

  _ConverterStreamEventSink(Converter<S, T> converter, EventSink<T> sink)
      : _eventSink = sink,
        _chunkedSink = converter.startChunkedConversion(sink);

  void add(S data) {
    _chunkedSink.add(data);
  }

  void addError(Object error, [StackTrace? stackTrace]) {
    _eventSink.addError(error, stackTrace);
  }

  void close() {
    _chunkedSink.close();
  }
}
