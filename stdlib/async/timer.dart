// Timers: a binary heap ordered by deadline, then by creation. The event loop asks for the
// next deadline (_nextTimerDeadline), sleeps until then, and calls _runTimers, which runs every
// timer due at that moment in order, draining the microtasks after each one as Dart does.
// Timers created while a batch runs wait for a later batch, even with a zero duration.

abstract class Timer {
  factory Timer(Duration duration, void Function() callback) =>
      _currentZone.createTimer(duration, callback);

  factory Timer.periodic(Duration duration, void Function(Timer timer) callback) =>
      _currentZone.createPeriodicTimer(duration, callback);

  static void run(void Function() callback) {
    Timer(Duration.zero, callback);
  }

  void cancel();
  int get tick;
  bool get isActive;
}

class _Timer implements Timer {
  static int _nextId = 0;
  final int _id;
  int _deadline;
  final int _period;  // Microseconds; -1 for a one-shot timer.
  final Function _callback;
  bool _active = true;
  int _tick = 0;
  int _heapIndex = -1;

  _Timer(this._id, this._deadline, this._period, this._callback);

  static Timer _create(Duration duration, Function callback, bool periodic) {
    int micros = duration.inMicroseconds;
    if (micros < 0) micros = 0;
    // Dart runs timers at millisecond granularity.
    int period = periodic ? micros : -1;
    _Timer timer = _Timer(_nextId++, _monotonicMicros() + micros, period, callback);
    _timerHeap._add(timer);
    return timer;
  }

  void cancel() {
    if (!_active) return;
    _active = false;
    _timerHeap._remove(this);
  }

  int get tick => _tick;
  bool get isActive => _active;

  bool _before(_Timer other) =>
      _deadline < other._deadline || (_deadline == other._deadline && _id < other._id);
}

class _TimerHeap {
  final List<_Timer> _list = <_Timer>[];

  bool get isEmpty => _list.isEmpty;
  _Timer get first => _list[0];

  void _add(_Timer timer) {
    timer._heapIndex = _list.length;
    _list.add(timer);
    _up(timer._heapIndex);
  }

  void _remove(_Timer timer) {
    int i = timer._heapIndex;
    if (i < 0) return;
    timer._heapIndex = -1;
    _Timer last = _list.removeLast();
    if (i < _list.length) {
      _list[i] = last;
      last._heapIndex = i;
      _down(i);
      _up(last._heapIndex);
    }
  }

  _Timer _removeFirst() {
    _Timer first = _list[0];
    _remove(first);
    return first;
  }

  void _up(int i) {
    while (i > 0) {
      int parent = (i - 1) ~/ 2;
      if (!_list[i]._before(_list[parent])) return;
      _swap(i, parent);
      i = parent;
    }
  }

  void _down(int i) {
    while (true) {
      int left = 2 * i + 1;
      if (left >= _list.length) return;
      int smallest = left;
      int right = left + 1;
      if (right < _list.length && _list[right]._before(_list[left])) smallest = right;
      if (!_list[smallest]._before(_list[i])) return;
      _swap(i, smallest);
      i = smallest;
    }
  }

  void _swap(int a, int b) {
    _Timer t = _list[a];
    _list[a] = _list[b];
    _list[b] = t;
    _list[a]._heapIndex = a;
    _list[b]._heapIndex = b;
  }
}

final _TimerHeap _timerHeap = _TimerHeap();

// The deadline of the earliest timer in _monotonicMicros time, or -1 when none is pending.
int _nextTimerDeadline() => _timerHeap.isEmpty ? -1 : _timerHeap.first._deadline;

// Runs every timer due now, each followed by the microtasks it caused.
void _runTimers() {
  int now = _monotonicMicros();
  List<_Timer> due = <_Timer>[];
  while (!_timerHeap.isEmpty && _timerHeap.first._deadline <= now) {
    due.add(_timerHeap._removeFirst());
  }
  for (int i = 0; i < due.length; i++) {
    _Timer timer = due[i];
    if (!timer._active) continue;
    if (timer._period < 0) {
      timer._active = false;
      timer._tick = 1;
      timer._callback();
    } else {
      // A periodic timer counts the periods that passed, and fires once for all of them.
      int period = timer._period > 0 ? timer._period : 1;
      int next = timer._deadline + period;
      int ticks = 1;
      if (next <= now) {
        int missed = (now - next) ~/ period + 1;
        ticks += missed;
        next += missed * period;
      }
      timer._tick += ticks;
      timer._deadline = next;
      timer._callback(timer);
      if (timer._active && timer._heapIndex < 0) _timerHeap._add(timer);
    }
    _runMicrotasks();
  }
}
