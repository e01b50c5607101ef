// dart:core Sink, the general interface of something that takes a sequence of values and is then
// closed. dart:async's EventSink and dart:convert's conversion sinks implement it; it owns no
// behaviour of its own.

abstract class Sink<T> {
  /// Adds [data] to the sink. Must not be called after [close].
  void add(T data);

  /// Closes the sink. Further calls to [add] are not allowed.
  void close();
}
