// The functions compiled async code calls by name (compiler/codegen_async.cc): the future of
// an async body and its await and return, the iterable of a sync* body, the stream of an
// async* body, and the iterator of `await for`. Names and parameter lists are that contract.
// A "state" is a SuspendState (a suspended frame) that _asyncResume runs.

external Object? _asyncResume(Object state, Object? value);
external Object? _asyncResumeWithError(Object state, Object error, StackTrace? stack);
external int _monotonicMicros();
external Never _asyncRethrow(Object error, StackTrace? stack);
external bool _takesTwoArguments(Function f);

// ----- async -----

_Future _asyncStart() => _Future();

// `await value` in a body suspended as [state]: resumes it with the value, or throwing the
// error, from a later microtask or when the awaited future completes.
void _asyncAwait(Object? value, Object state) {
  _Future future;
  if (value is _Future) {
    future = value;
  } else if (value is Future) {
    value.then((v) {
      _asyncResume(state, v);
    }, onError: (Object e, StackTrace s) {
      _asyncResumeWithError(state, e, s);
    });
    return;
  } else {
    future = _Future.value(value);
  }
  future._thenAwait((v) {
    _asyncResume(state, v);
  }, (Object e, StackTrace s) {
    _asyncResumeWithError(state, e, s);
  });
}

// `return value`: before the first await the future completes in a microtask, so callers can
// listen first; after it, at once (unless value is a future, which is awaited).
void _asyncReturn(_Future future, Object? value, bool awaited) {
  if (!awaited || value is Future) {
    future._asyncComplete(value);
  } else {
    future._completeWithValue(value);
  }
}

void _asyncThrow(_Future future, Object error, StackTrace stack, bool awaited) {
  if (!awaited) {
    future._asyncCompleteError(error, stack);
  } else {
    future._completeError(error, stack);
  }
}

// ----- sync* -----

Iterable _syncStarStart(Object state) => _SyncStarIterable(state);

void _syncStarYield(_SyncStarIterator iterator, Object? value, Object state) {
  iterator._current = value;
  iterator._state = state;
}

class _SyncStarIterable<T> extends Iterable<T> {
  final Object _start;
  _SyncStarIterable(this._start);
  Iterator<T> get iterator => _SyncStarIterator<T>(_start);
}

class _SyncStarIterator<T> implements Iterator<T> {
  Object? _state;
  Object? _current;
  _SyncStarIterator(this._state);

  T get current => _current as T;

  bool moveNext() {
    Object? state = _state;
    if (state == null) return false;
    _state = null;
    // The body runs to its next yield (true) or its end (false); an exception it throws
    // leaves the iterator finished.
    bool more = _asyncResume(state, this) as bool;
    if (!more) _current = null;
    return more;
  }
}

// ----- async* -----

_AsyncStarStreamController _asyncStarController() => _AsyncStarStreamController();

Stream _asyncStarStart(_AsyncStarStreamController controller, Object state) {
  controller._state = state;
  return controller.controller.stream;
}

bool _asyncStarAdd(_AsyncStarStreamController controller, Object? value) =>
    controller.add(value);

bool _asyncStarAddStream(_AsyncStarStreamController controller, Object? stream) =>
    controller.addStream(stream as Stream);

void _asyncStarSuspend(_AsyncStarStreamController controller, Object state) {
  controller._state = state;
}

bool _asyncStarCancelled(_AsyncStarStreamController controller) =>
    controller.cancellationFuture != null;

void _asyncStarClose(_AsyncStarStreamController controller) {
  controller.close();
}

void _asyncStarThrow(_AsyncStarStreamController controller, Object error, StackTrace stack) {
  controller.addError(error, stack);
  controller.close();
}

// Drives an async* body: the body runs when the stream is listened to, each yield adds an
// event and suspends until the next microtask (or until the subscription resumes), and a
// cancelled subscription makes the pending yield return.
class _AsyncStarStreamController {
  final StreamController controller = StreamController();
  Object? _state;
  bool isAdding = false;
  bool onListenReceived = false;
  bool isScheduled = false;
  bool isSuspendedAtYield = false;
  _Future? cancellationFuture;

  _AsyncStarStreamController() {
    controller.onListen = onListen;
    controller.onResume = onResume;
    controller.onCancel = onCancel;
  }

  void runBody() {
    isScheduled = false;
    isSuspendedAtYield = false;
    Object? state = _state;
    if (state == null) return;
    _state = null;
    _asyncResume(state, null);
  }

  void scheduleGenerator() {
    if (isScheduled || controller.isPaused || isAdding) return;
    isScheduled = true;
    scheduleMicrotask(runBody);
  }

  bool add(Object? event) {
    if (!controller.hasListener) return true;
    controller.add(event);
    scheduleGenerator();
    isSuspendedAtYield = true;
    return false;
  }

  bool addStream(Stream stream) {
    if (!controller.hasListener) return true;
    isAdding = true;
    var whenDoneAdding = controller.addStream(stream, cancelOnError: false);
    whenDoneAdding.then((_) {
      isAdding = false;
      scheduleGenerator();
      if (!isScheduled) isSuspendedAtYield = true;
    });
    return false;
  }

  void addError(Object error, StackTrace stackTrace) {
    final future = cancellationFuture;
    if (future != null && future._mayComplete) {
      future._completeError(error, stackTrace);
      return;
    }
    if (!controller.hasListener) return;
    controller.addError(error, stackTrace);
  }

  void close() {
    final future = cancellationFuture;
    if (future != null && future._mayComplete) {
      future._completeWithValue(null);
    }
    controller.close();
  }

  void onListen() {
    onListenReceived = true;
    scheduleGenerator();
  }

  void onResume() {
    if (isSuspendedAtYield) scheduleGenerator();
  }

  dynamic onCancel() {
    if (controller.isClosed) return null;
    if (cancellationFuture == null) {
      cancellationFuture = _Future();
      if (isSuspendedAtYield) scheduleGenerator();
    }
    return cancellationFuture;
  }
}

// ----- await for -----

StreamIterator _streamIterator(Object? stream) => StreamIterator(stream as Stream);

// The future to await when an `await for` loop leaves early, or null when the stream is done.
Future? _streamIteratorCancel(StreamIterator iterator) {
  if (iterator is _StreamIterator && iterator._subscription == null) return null;
  return iterator.cancel();
}
