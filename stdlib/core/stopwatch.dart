// Stopwatch: measures elapsed time with the monotonic clock, in microsecond ticks.
// Invariant: while stopped, elapsed = _stop - _start; while running (_stop == null),
// elapsed = now - _start.

class Stopwatch {
  int _start = 0;
  int? _stop = 0;

  Stopwatch();

  /// Ticks per second of [elapsedTicks].
  static int get frequency => 1000000;

  void start() {
    int? stopped = _stop;
    if (stopped != null) {
      // Resuming: move the start forward by the time spent stopped.
      _start += _now() - stopped;
      _stop = null;
    }
  }

  void stop() {
    if (_stop == null) _stop = _now();
  }

  void reset() {
    _start = _stop ?? _now();
  }

  int get elapsedTicks => (_stop ?? _now()) - _start;
  int get elapsedMicroseconds => elapsedTicks;
  int get elapsedMilliseconds => elapsedTicks ~/ 1000;
  Duration get elapsed => Duration(microseconds: elapsedMicroseconds);
  bool get isRunning => _stop == null;

  // Microseconds of a monotonic clock with an arbitrary origin.
  external static int _now();
}
