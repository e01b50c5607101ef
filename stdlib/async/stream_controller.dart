// StreamController (single-subscription and broadcast, async and sync delivery) and the
// subscription that buffers events. Delivery order follows the Dart VM: an async controller
// delivers one pending event per microtask; a sync controller delivers at once; events added
// before the stream is listened to wait for the listener; pause buffers, resume reschedules.

abstract class StreamSink<S> implements EventSink<S> {
  Future addStream(Stream<S> stream);
  Future close();
  Future get done;
}

abstract class EventSink<T> implements Sink<T> {
  void add(T event);
  void addError(Object error, [StackTrace? stackTrace]);
  void close();
}

abstract class StreamController<T> implements StreamSink<T> {
  factory StreamController(
      {void onListen()?,
      void onPause()?,
      void onResume()?,
      FutureOr<void> onCancel()?,
      bool sync = false}) {
    var c = _StreamController<T>(sync, false);
    c.onListen = onListen;
    c.onPause = onPause;
    c.onResume = onResume;
    c.onCancel = onCancel;
    return c;
  }

  factory StreamController.broadcast(
      {void onListen()?, void onCancel()?, bool sync = false}) {
    var c = _StreamController<T>(sync, true);
    c.onListen = onListen;
    c.onCancel = onCancel;
    return c;
  }

  Stream<T> get stream;
  StreamSink<T> get sink;
  bool get isClosed;
  bool get isPaused;
  bool get hasListener;
  void Function()? get onListen;
  set onListen(void Function()? onListenHandler);
  void Function()? get onPause;
  set onPause(void Function()? onPauseHandler);
  void Function()? get onResume;
  set onResume(void Function()? onResumeHandler);
  FutureOr<void> Function()? get onCancel;
  set onCancel(FutureOr<void> Function()? onCancelHandler);
  Future addStream(Stream<T> source, {bool? cancelOnError});
}

abstract class StreamSubscription<T> {
  Future<void> cancel();
  void onData(void handleData(T data)?);
  void onError(Function? handleError);
  void onDone(void handleDone()?);
  void pause([Future<void>? resumeSignal]);
  void resume();
  bool get isPaused;
  Future<E> asFuture<E>([E? futureValue]);
}

// A pending event of a subscription.
class _Event {
  static const int kData = 0;
  static const int kError = 1;
  static const int kDone = 2;
  final int kind;
  final Object? value;
  final StackTrace? stackTrace;
  _Event(this.kind, this.value, this.stackTrace);
}

class _Subscription<T> implements StreamSubscription<T> {
  final _StreamController<T>? _controller;  // Null for subscriptions made by other streams.
  final _Zone _zone = _currentZone;
  Function? _onData;
  Function? _onError;
  Function? _onDone;
  bool _cancelOnError;
  int _pauseCount = 0;
  bool _inputPaused = false;  // Paused, or still delivering what was buffered while paused.
  bool _canceled = false;
  bool _done = false;
  bool _scheduled = false;
  bool _inCallback = false;
  final List<_Event> _pending = <_Event>[];
  int _pendingStart = 0;
  Future? _cancelFuture;
  // Called when the subscription is cancelled (returns the controller's onCancel future).
  Future? Function()? _onCancelHook;
  void Function()? _onPauseHook;
  void Function()? _onResumeHook;

  _Subscription(this._controller, Function? onData, Function? onError, Function? onDone,
      this._cancelOnError) {
    this.onData(onData as dynamic);
    this.onError(onError);
    this.onDone(onDone as dynamic);
  }

  void onData(void handleData(T data)?) {
    _onData = handleData;
  }

  void onError(Function? handleError) {
    _onError = handleError;
  }

  void onDone(void handleDone()?) {
    _onDone = handleDone;
  }

  bool get isPaused => _pauseCount > 0;
  bool get _hasPending => _pendingStart < _pending.length;

  void pause([Future<void>? resumeSignal]) {
    if (_canceled) return;
    _pauseCount++;
    if (resumeSignal != null) resumeSignal.whenComplete(resume);
    if (!_inputPaused) {
      _inputPaused = true;
      if (_onPauseHook != null) _onPauseHook!();
    }
  }

  void resume() {
    if (_canceled) return;
    if (_pauseCount == 0) return;
    _pauseCount--;
    if (_pauseCount == 0) {
      if (_hasPending) {
        // The source stays paused until the buffered events are delivered.
        _schedule();
      } else {
        _resumeInput();
      }
    }
  }

  void _resumeInput() {
    if (!_inputPaused) return;
    _inputPaused = false;
    if (!_inCallback && _onResumeHook != null) _onResumeHook!();
  }

  Future<void> cancel() {
    if (!_canceled) {
      _canceled = true;
      _pending.clear();
      _pendingStart = 0;
      var hook = _onCancelHook;
      if (hook != null) _cancelFuture = hook();
    }
    return (_cancelFuture ?? _nullFuture) as Future<void>;
  }

  Future<E> asFuture<E>([E? futureValue]) {
    _Future<E> result = _Future<E>();
    _onDone = () {
      result._complete(futureValue as dynamic);
    };
    _onError = (Object error, StackTrace stackTrace) {
      Future cancelFuture = cancel();
      cancelFuture.whenComplete(() {
        result._completeError(error, stackTrace);
      });
    };
    return result;
  }

  // Delivery: [sync] delivers now when nothing is pending; else queues for a microtask.
  void _addEvent(_Event event, bool sync) {
    if (_canceled || _done) return;
    if (sync && !_hasPending && _pauseCount == 0 && !_inCallback) {
      _deliver(event);
      return;
    }
    _pending.add(event);
    if (_pauseCount == 0) _schedule();
  }

  void _schedule() {
    if (_scheduled) return;
    _scheduled = true;
    _zone.scheduleMicrotask(() {
      _scheduled = false;
      if (_canceled || _pauseCount > 0 || !_hasPending) return;
      _Event event = _pending[_pendingStart++];
      if (_pendingStart == _pending.length) {
        _pending.clear();
        _pendingStart = 0;
      }
      _deliver(event);
      if (!_canceled && _pauseCount == 0) {
        if (_hasPending) {
          _schedule();
        } else {
          _resumeInput();
        }
      }
    });
  }

  void _deliver(_Event event) {
    if (_canceled) return;
    _inCallback = true;
    try {
      if (event.kind == _Event.kData) {
        var f = _onData;
        if (f != null) _zone.runUnaryGuarded(f as dynamic, event.value);
      } else if (event.kind == _Event.kError) {
        Object error = event.value!;
        StackTrace stack = event.stackTrace ?? StackTrace.empty;
        var f = _onError;
        void sendError() {
          if (f == null) {
            _zone.handleUncaughtError(error, stack);
          } else if (_takesTwoArguments(f)) {
            _zone.runBinaryGuarded(f as dynamic, error, stack);
          } else {
            _zone.runUnaryGuarded(f as dynamic, error);
          }
        }

        // As in Dart, cancelOnError cancels first and reports the error once a cancel that
        // takes time has finished.
        Future? cancelFuture;
        if (_cancelOnError) {
          _done = true;
          cancelFuture = cancel();
        }
        if (cancelFuture != null && !identical(cancelFuture, _nullFuture)) {
          cancelFuture.whenComplete(sendError);
        } else {
          sendError();
        }
      } else {
        _done = true;
        // A done subscription is finished: its cancel future is the controller's.
        if (!_canceled) {
          _canceled = true;
          var hook = _onCancelHook;
          if (hook != null) _cancelFuture = hook();
        }
        // As in Dart, the done handler waits for a cancel that takes time (an async*
        // body's finally blocks, a controller's onCancel future).
        var f = _onDone;
        var cancelFuture = _cancelFuture;
        if (f != null) {
          if (cancelFuture != null && !identical(cancelFuture, _nullFuture)) {
            cancelFuture.whenComplete(() {
              _zone.runGuarded(f as dynamic);
            });
          } else {
            _zone.runGuarded(f as dynamic);
          }
        }
      }
    } finally {
      _inCallback = false;
    }
  }
}

final _Future _nullFuture = _Future.zoneValue(null, _rootZone);

class _ControllerStream<T> extends Stream<T> {
  final _StreamController<T> _controller;
  _ControllerStream(this._controller);

  bool get isBroadcast => _controller._broadcast;

  StreamSubscription<T> listen(void onData(T event)?,
      {Function? onError, void onDone()?, bool? cancelOnError}) {
    return _controller._subscribe(onData, onError, onDone, cancelOnError ?? false);
  }

  int get hashCode => _controller.hashCode ^ 0x35323532;
  bool operator ==(Object other) =>
      other is _ControllerStream && identical(other._controller, _controller);
}

class _ControllerSink<T> implements StreamSink<T> {
  final _StreamController<T> _target;
  _ControllerSink(this._target);
  void add(T data) {
    _target.add(data);
  }

  void addError(Object error, [StackTrace? stackTrace]) {
    _target.addError(error, stackTrace);
  }

  Future close() => _target.close();
  Future addStream(Stream<T> source) => _target.addStream(source);
  Future get done => _target.done;
}

// The controller of a Stream.multi listener: asynchronous, with synchronous variants.
abstract class MultiStreamController<T> implements StreamController<T> {
  void addSync(T value);
  void addErrorSync(Object error, [StackTrace? stackTrace]);
  void closeSync();
}

class _MultiStreamController<T> extends _StreamController<T>
    implements MultiStreamController<T> {
  _MultiStreamController() : super(false, false);

  void addSync(T value) {
    _checkAdd();
    _eventNow(_Event(_Event.kData, value, null));
  }

  void addErrorSync(Object error, [StackTrace? stackTrace]) {
    _checkAdd();
    _eventNow(_Event(_Event.kError, error, stackTrace ?? AsyncError.defaultStackTrace(error)));
  }

  void closeSync() {
    if (_closed) return;
    _eventNow(_Event(_Event.kDone, null, null));
    close();
  }

  // Delivers at once when the listener has nothing pending (else after what is pending).
  void _eventNow(_Event event) {
    var s = _subscription;
    if (_buffer != null || s == null) {
      _event(event);
    } else {
      s._addEvent(event, true);
    }
  }
}

class _StreamController<T> implements StreamController<T> {
  final bool _sync;
  final bool _broadcast;
  void Function()? onListen;
  void Function()? onPause;
  void Function()? onResume;
  FutureOr<void> Function()? onCancel;

  // Single-subscription: the one subscription (also after it was cancelled).
  _Subscription<T>? _subscription;
  final List<_Subscription<T>> _subscriptions = <_Subscription<T>>[];
  // Events added before anyone listened (single-subscription only).
  List<_Event>? _buffer = <_Event>[];
  bool _closed = false;
  bool _listened = false;
  bool _addingStream = false;
  _Future? _doneFuture;
  // Stands in for one of Dart's forwarding streams (an operator such as map or take): its
  // cancel future is the source subscription's own, not wrapped as a controller's is.
  bool _forwarding = false;
  late final Stream<T> stream = _ControllerStream<T>(this);

  _StreamController(this._sync, this._broadcast);

  StreamSink<T> get sink => _ControllerSink<T>(this);
  bool get isClosed => _closed;

  bool get isPaused {
    if (_broadcast) return false;
    var s = _subscription;
    if (s == null) return !_listened;
    return s._inputPaused;
  }

  bool get hasListener {
    if (_broadcast) return _subscriptions.isNotEmpty;
    var s = _subscription;
    return s != null && !s._canceled;
  }

  Future get done => _doneFuture ??= _Future();

  StreamSubscription<T> _subscribe(
      Function? onData, Function? onError, Function? onDone, bool cancelOnError) {
    if (!_broadcast && _listened) {
      throw StateError("Stream has already been listened to.");
    }
    _listened = true;
    var subscription = _Subscription<T>(this, onData, onError, onDone, cancelOnError);
    subscription._onCancelHook = () => _cancelled(subscription);
    if (_broadcast) {
      if (_closed) {
        subscription._addEvent(_Event(_Event.kDone, null, null), false);
        return subscription;
      }
      _subscriptions.add(subscription);
      if (_subscriptions.length == 1) _runGuarded(onListen);
      return subscription;
    }
    subscription._onPauseHook = () => _runGuarded(onPause);
    subscription._onResumeHook = () => _runGuarded(onResume);
    _subscription = subscription;
    List<_Event>? buffered = _buffer;
    _buffer = null;
    if (buffered != null) {
      for (var e in buffered) {
        subscription._pending.add(e);
      }
      if (buffered.isNotEmpty) subscription._schedule();
    }
    // As in Dart, onListen runs as a callback of the new subscription: what it adds (even with
    // a sync controller) waits for a later microtask, after listen has returned.
    subscription._inCallback = true;
    try {
      _runGuarded(onListen);
    } finally {
      subscription._inCallback = false;
    }
    return subscription;
  }

  void _runGuarded(void Function()? f) {
    if (f == null) return;
    try {
      f();
    } catch (e, s) {
      _currentZone.handleUncaughtError(e, s);
    }
  }

  Future? _cancelled(_Subscription<T> subscription) {
    if (_broadcast) {
      // As in Dart: when the last listener goes, a closed controller's done future
      // completes and onCancel runs (its result is not waited for).
      if (!_subscriptions.remove(subscription)) return null;
      if (_subscriptions.isEmpty) {
        if (_closed) _completeDone();
        _runGuarded(onCancel);
      }
      return null;
    }
    var f = onCancel;
    Future? result;
    if (f != null) {
      try {
        var r = f();
        if (r is Future) result = r;
      } catch (e, s) {
        _Future failed = _Future();
        failed._asyncCompleteError(e, s);
        result = failed;
      }
    }
    void complete() {
      var doneFuture = _doneFuture;
      if (doneFuture != null && doneFuture._mayComplete) doneFuture._asyncComplete(null);
    }

    // As in Dart, the done future completes after onCancel's future, and the cancel future is
    // that wait (one microtask later than onCancel's own, even for a completed one).
    if (result != null && !_forwarding) return result.whenComplete(complete);
    complete();
    return result;
  }

  void _checkAdd() {
    if (_closed) throw StateError("Cannot add event after closing");
    if (_addingStream) throw StateError("Cannot add event while adding a stream");
  }

  void add(T value) {
    _checkAdd();
    _event(_Event(_Event.kData, value, null));
  }

  void addError(Object error, [StackTrace? stackTrace]) {
    _checkAdd();
    stackTrace ??= AsyncError.defaultStackTrace(error);
    _event(_Event(_Event.kError, error, stackTrace));
  }

  void _event(_Event event) {
    if (_broadcast) {
      for (var s in List<_Subscription<T>>.of(_subscriptions)) {
        s._addEvent(event, _sync);
      }
      return;
    }
    var buffer = _buffer;
    if (buffer != null) {
      buffer.add(event);
      return;
    }
    _subscription!._addEvent(event, _sync);
  }

  Future close() {
    if (_closed) return done;
    if (_addingStream) throw StateError("Cannot add event while adding a stream");
    _closed = true;
    if (_broadcast) {
      // The done future completes once every listener has had its done event (or
      // cancelled), at once when there is none.
      if (_subscriptions.isEmpty) {
        _completeDone();
        return done;
      }
      for (var s in List<_Subscription<T>>.of(_subscriptions)) {
        s._addEvent(_Event(_Event.kDone, null, null), _sync);
      }
      return done;
    }
    _event(_Event(_Event.kDone, null, null));
    var s = _subscription;
    // The done future completes when the done event is delivered, after onCancel's future
    // (_cancelled), or at once if the subscription was cancelled before.
    if (s != null && s._canceled) _completeDone();
    return done;
  }

  void _completeDone() {
    var f = done as _Future;
    if (f._mayComplete) f._asyncComplete(null);
  }

  Future addStream(Stream<T> source, {bool? cancelOnError}) {
    if (_closed) throw StateError("Cannot add event after closing");
    if (_addingStream) throw StateError("Cannot add event while adding a stream");
    _addingStream = true;
    _Future result = _Future();
    late StreamSubscription<T> sub;
    sub = source.listen((T data) {
      _event(_Event(_Event.kData, data, null));
    }, onError: (Object e, StackTrace s) {
      _event(_Event(_Event.kError, e, s));
      if (cancelOnError == true) {
        _addingStream = false;
        sub.cancel();
        result._completeWithValue(null);
      }
    }, onDone: () {
      _addingStream = false;
      result._completeWithValue(null);
    }, cancelOnError: cancelOnError ?? false);
    return result;
  }
}
