// The microtask queue. Callbacks run in FIFO order; errors reported to the root zone go ahead
// of the others ("priority" callbacks, after earlier priority ones). The event loop
// (runtime/event_loop.cc) calls _runMicrotasks after main and after every timer or message,
// so every microtask runs before the next timer or message, as in Dart.

class _AsyncCallbackEntry {
  final void Function() callback;
  _AsyncCallbackEntry? next;
  _AsyncCallbackEntry(this.callback);
}

_AsyncCallbackEntry? _nextCallback;
_AsyncCallbackEntry? _lastCallback;
_AsyncCallbackEntry? _lastPriorityCallback;

void _scheduleAsyncCallback(void Function() callback) {
  _AsyncCallbackEntry entry = _AsyncCallbackEntry(callback);
  _AsyncCallbackEntry? last = _lastCallback;
  if (last == null) {
    _nextCallback = _lastCallback = entry;
  } else {
    last.next = entry;
    _lastCallback = entry;
  }
}

void _schedulePriorityAsyncCallback(void Function() callback) {
  if (_nextCallback == null) {
    _scheduleAsyncCallback(callback);
    _lastPriorityCallback = _lastCallback;
    return;
  }
  _AsyncCallbackEntry entry = _AsyncCallbackEntry(callback);
  _AsyncCallbackEntry? lastPriority = _lastPriorityCallback;
  if (lastPriority == null) {
    entry.next = _nextCallback;
    _nextCallback = _lastPriorityCallback = entry;
  } else {
    entry.next = lastPriority.next;
    lastPriority.next = entry;
    _lastPriorityCallback = entry;
    if (entry.next == null) _lastCallback = entry;
  }
}

// Runs microtasks until the queue is empty. An exception escapes to the event loop (an
// unhandled error); the callbacks after it stay queued.
void _runMicrotasks() {
  while (true) {
    _AsyncCallbackEntry? entry = _nextCallback;
    if (entry == null) return;
    _lastPriorityCallback = null;
    _AsyncCallbackEntry? next = entry.next;
    _nextCallback = next;
    if (next == null) _lastCallback = null;
    entry.callback();
  }
}

bool _hasMicrotasks() => _nextCallback != null;

void scheduleMicrotask(void Function() callback) {
  _currentZone.scheduleMicrotask(callback);
}
