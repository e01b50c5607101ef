// _Future, the one implementation of Future, and the completers. The states, listener lists,
// chaining and propagation follow the Dart SDK's design, so callbacks run in the same order
// as on the Dart VM: listeners added to a completed future run in a microtask; completing
// runs the listeners at once (sync) or from a microtask (_asyncComplete); an error that
// reaches a future without listeners goes to its zone's uncaught-error handler.

class _FutureListener {
  static const int maskValue = 1;
  static const int maskError = 2;
  static const int maskTestError = 4;
  static const int maskWhenComplete = 8;
  static const int stateThen = maskValue;
  static const int stateThenOnerror = maskValue | maskError;
  static const int stateCatchError = maskError;
  static const int stateCatchErrorTest = maskError | maskTestError;
  static const int stateWhenComplete = maskWhenComplete;
  static const int maskType = maskValue | maskError | maskTestError | maskWhenComplete;

  _FutureListener? _nextListener;
  final _Future result;
  final int state;
  final Function? callback;
  final Function? errorCallback;

  _FutureListener.then(this.result, Function onValue, Function? errorCallback)
      : callback = onValue,
        errorCallback = errorCallback,
        state = (errorCallback == null) ? stateThen : stateThenOnerror;

  _FutureListener.catchError(this.result, this.errorCallback, this.callback)
      : state = (callback == null) ? stateCatchError : stateCatchErrorTest;

  _FutureListener.whenComplete(this.result, this.callback)
      : errorCallback = null,
        state = stateWhenComplete;

  _Zone get _zone => result._zone;

  bool get handlesValue => (state & maskValue) != 0;
  bool get handlesError => (state & maskError) != 0;
  bool get hasErrorTest => (state & maskType) == stateCatchErrorTest;
  bool get handlesComplete => (state & maskType) == stateWhenComplete;
  bool get hasErrorCallback => errorCallback != null;

  dynamic handleValue(Object? sourceResult) => _zone.runUnary(callback as Function, sourceResult);

  bool matchesErrorTest(AsyncError asyncError) {
    if (!hasErrorTest) return true;
    return _zone.runUnary(callback as Function, asyncError.error) as bool;
  }

  dynamic handleError(AsyncError asyncError) {
    Function handler = errorCallback!;
    if (_takesTwoArguments(handler)) {
      return _zone.runBinary(handler, asyncError.error, asyncError.stackTrace);
    }
    return _zone.runUnary(handler, asyncError.error);
  }

  dynamic handleWhenComplete() => _zone.run(callback as Function);
}

class _Future<T> implements Future<T> {
  static const int _stateIncomplete = 0;
  static const int _statePendingComplete = 1;
  static const int _stateChained = 2;
  static const int _stateValue = 4;
  static const int _stateError = 8;

  int _state = _stateIncomplete;
  final _Zone _zone;
  // The listeners (incomplete), the source future (chained), or the result.
  dynamic _resultOrListeners;

  _Future() : _zone = _currentZone;

  _Future.immediate(FutureOr<T> result) : _zone = _currentZone {
    _asyncComplete(result);
  }

  _Future.zoneValue(T value, this._zone) {
    _setValue(value);
  }

  _Future.immediateError(Object error, StackTrace stackTrace) : _zone = _currentZone {
    _asyncCompleteError(error, stackTrace);
  }

  _Future.value(T value) : _zone = _currentZone {
    _setValue(value);
  }

  bool get _mayComplete => _state == _stateIncomplete;
  bool get _isPendingComplete => _state == _statePendingComplete;
  bool get _mayAddListener => _state <= _statePendingComplete;
  bool get _isChained => _state == _stateChained;
  bool get _isComplete => _state >= _stateValue;
  bool get _hasError => _state == _stateError;

  void _setChained(_Future source) {
    _state = _stateChained;
    _resultOrListeners = source;
  }

  Future<R> then<R>(FutureOr<R> onValue(T value), {Function? onError}) {
    if (onError != null && !_isErrorHandler(onError)) {
      throw ArgumentError.value(onError, "onError",
          "Error handler must accept one Object or one Object and a StackTrace as arguments, and return a value of the returned future's type");
    }
    _Zone zone = _currentZone;
    if (zone._custom) {
      // As in Dart, a zone's registration handlers see the callbacks.
      onValue = zone.registerUnaryCallback<FutureOr<R>, T>(onValue);
      if (onError != null) onError = _registerErrorHandler(onError, zone);
    }
    _Future<R> result = _Future<R>();
    _addListener(_FutureListener.then(result, onValue, onError));
    return result;
  }

  static Function _registerErrorHandler(Function handler, _Zone zone) {
    if (_takesTwoArguments(handler)) {
      return zone.registerBinaryCallback<dynamic, Object, StackTrace>(handler as dynamic);
    }
    return zone.registerUnaryCallback<dynamic, Object>(handler as dynamic);
  }

  // The listener of `await`: like then, without the checks.
  void _thenAwait(Function onValue, Function onError) {
    _addListener(_FutureListener.then(_Future(), onValue, onError));
  }

  Future<T> catchError(Function onError, {bool test(Object error)?}) {
    if (!_isErrorHandler(onError)) {
      throw ArgumentError.value(onError, "onError",
          "Error handler must accept one Object or one Object and a StackTrace as arguments, and return a value of the returned future's type");
    }
    _Future<T> result = _Future<T>();
    _Zone zone = result._zone;
    if (zone._custom) {
      onError = _registerErrorHandler(onError, zone);
      if (test != null) test = zone.registerUnaryCallback<bool, Object>(test);
    }
    _addListener(_FutureListener.catchError(result, onError, test));
    return result;
  }

  Future<T> whenComplete(FutureOr<void> action()) {
    _Future<T> result = _Future<T>();
    _Zone zone = result._zone;
    if (zone._custom) action = zone.registerCallback<FutureOr<void>>(action);
    _addListener(_FutureListener.whenComplete(result, action));
    return result;
  }

  Stream<T> asStream() => Stream<T>.fromFuture(this);

  Future<T> onError<E extends Object>(FutureOr<T> handleError(E error, StackTrace stackTrace),
          {bool test(E error)?}) =>
      _futureOnError<T, E>(this, handleError, test);

  void ignore() {
    _futureIgnore<T>(this);
  }

  void _setPendingComplete() {
    _state = _statePendingComplete;
  }

  void _clearPendingComplete() {
    _state = _stateIncomplete;
  }

  AsyncError get _error => _resultOrListeners;
  _Future get _chainSource => _resultOrListeners;

  void _setValue(T value) {
    _state = _stateValue;
    _resultOrListeners = value;
  }

  void _setErrorObject(AsyncError error) {
    _state = _stateError;
    _resultOrListeners = error;
  }

  void _setError(Object error, StackTrace stackTrace) {
    _setErrorObject(AsyncError(error, stackTrace));
  }

  void _cloneResult(_Future source) {
    _state = source._state;
    _resultOrListeners = source._resultOrListeners;
  }

  void _addListener(_FutureListener listener) {
    if (_mayAddListener) {
      listener._nextListener = _resultOrListeners;
      _resultOrListeners = listener;
    } else {
      if (_isChained) {
        _Future source = _chainSource;
        if (!source._isComplete) {
          source._addListener(listener);
          return;
        }
        _cloneResult(source);
      }
      _zone.scheduleMicrotask(() {
        _propagateToListeners(this, listener);
      });
    }
  }

  void _prependListeners(_FutureListener? listeners) {
    if (listeners == null) return;
    if (_mayAddListener) {
      _FutureListener? existingListeners = _resultOrListeners;
      _resultOrListeners = listeners;
      if (existingListeners != null) {
        _FutureListener cursor = listeners;
        _FutureListener? next = cursor._nextListener;
        while (next != null) {
          cursor = next;
          next = cursor._nextListener;
        }
        cursor._nextListener = existingListeners;
      }
    } else {
      if (_isChained) {
        _Future source = _chainSource;
        if (!source._isComplete) {
          source._prependListeners(listeners);
          return;
        }
        _cloneResult(source);
      }
      _FutureListener? reversed = _reverseListeners(listeners);
      _zone.scheduleMicrotask(() {
        _propagateToListeners(this, reversed);
      });
    }
  }

  _FutureListener? _removeListeners() {
    _FutureListener? current = _resultOrListeners;
    _resultOrListeners = null;
    return _reverseListeners(current);
  }

  _FutureListener? _reverseListeners(_FutureListener? listeners) {
    _FutureListener? prev = null;
    _FutureListener? current = listeners;
    while (current != null) {
      _FutureListener? next = current._nextListener;
      current._nextListener = prev;
      prev = current;
      current = next;
    }
    return prev;
  }

  void _chainForeignFuture(Future source) {
    _setPendingComplete();
    try {
      source.then((value) {
        _clearPendingComplete();
        try {
          _completeWithValue(value);
        } catch (error, stackTrace) {
          _completeError(error, stackTrace);
        }
      }, onError: (Object error, StackTrace stackTrace) {
        _completeError(error, stackTrace);
      });
    } catch (e, s) {
      scheduleMicrotask(() {
        _completeError(e, s);
      });
    }
  }

  static void _chainCoreFuture(_Future source, _Future target) {
    while (source._isChained) {
      source = source._chainSource;
    }
    if (source._isComplete) {
      _FutureListener? listeners = target._removeListeners();
      target._cloneResult(source);
      _propagateToListeners(target, listeners);
    } else {
      _FutureListener? listeners = target._resultOrListeners;
      target._setChained(source);
      source._prependListeners(listeners);
    }
  }

  void _complete(FutureOr<T> value) {
    if (value is Future) {
      if (value is _Future) {
        _chainCoreFuture(value, this);
      } else {
        _chainForeignFuture(value);
      }
    } else {
      _FutureListener? listeners = _removeListeners();
      _setValue(value as dynamic);
      _propagateToListeners(this, listeners);
    }
  }

  void _completeWithValue(T value) {
    _FutureListener? listeners = _removeListeners();
    _setValue(value);
    _propagateToListeners(this, listeners);
  }

  void _completeError(Object error, StackTrace stackTrace) {
    _FutureListener? listeners = _removeListeners();
    _setError(error, stackTrace);
    _propagateToListeners(this, listeners);
  }

  void _asyncComplete(FutureOr<T> value) {
    if (value is Future) {
      _chainFuture(value);
      return;
    }
    _asyncCompleteWithValue(value as dynamic);
  }

  void _asyncCompleteWithValue(T value) {
    _setPendingComplete();
    _zone.scheduleMicrotask(() {
      _completeWithValue(value);
    });
  }

  void _chainFuture(Future value) {
    if (value is _Future) {
      if (value._hasError) {
        // Delay completion to allow the user to register callbacks.
        _setPendingComplete();
        _zone.scheduleMicrotask(() {
          _chainCoreFuture(value, this);
        });
      } else {
        _chainCoreFuture(value, this);
      }
      return;
    }
    _chainForeignFuture(value);
  }

  void _asyncCompleteError(Object error, StackTrace stackTrace) {
    _setPendingComplete();
    _zone.scheduleMicrotask(() {
      _completeError(error, stackTrace);
    });
  }

  static void _propagateToListeners(_Future source, _FutureListener? listeners) {
    while (true) {
      bool hasError = source._hasError;
      if (listeners == null) {
        if (hasError) {
          AsyncError asyncError = source._error;
          source._zone.handleUncaughtError(asyncError.error, asyncError.stackTrace);
        }
        return;
      }
      // Several listeners: all but the last in recursive calls.
      _FutureListener listener = listeners;
      _FutureListener? nextListener = listener._nextListener;
      while (nextListener != null) {
        listener._nextListener = null;
        _propagateToListeners(source, listener);
        listener = nextListener;
        nextListener = listener._nextListener;
      }

      final dynamic sourceResult = source._resultOrListeners;
      bool listenerHasError = hasError;
      dynamic listenerValueOrError = sourceResult;

      if (hasError || listener.handlesValue || listener.handlesComplete) {
        _Zone zone = listener._zone;
        if (hasError && !source._zone.inSameErrorZone(zone)) {
          // Errors do not cross error-zone boundaries.
          AsyncError asyncError = source._error;
          source._zone.handleUncaughtError(asyncError.error, asyncError.stackTrace);
          return;
        }
        _Zone? oldZone;
        if (!identical(_currentZone, zone)) oldZone = _enterZone(zone);

        if (listener.handlesComplete) {
          dynamic completeResult;
          bool threw = false;
          try {
            completeResult = listener.handleWhenComplete();
          } catch (e, s) {
            threw = true;
            if (hasError && identical(source._error.error, e)) {
              listenerValueOrError = source._error;
            } else {
              listenerValueOrError = AsyncError(e, s);
            }
            listenerHasError = true;
          }
          if (!threw) {
            if (completeResult is _Future && completeResult._isComplete) {
              if (completeResult._hasError) {
                listenerValueOrError = completeResult._error;
                listenerHasError = true;
              }
            } else if (completeResult is Future) {
              _Future originalSource = source;
              listenerValueOrError = completeResult.then((_) => originalSource);
              listenerHasError = false;
            }
          }
        } else if (!hasError) {
          if (listener.handlesValue) {
            try {
              listenerValueOrError = listener.handleValue(sourceResult);
            } catch (e, s) {
              listenerValueOrError = AsyncError(e, s);
              listenerHasError = true;
            }
          }
        } else if (listener.handlesError) {
          try {
            AsyncError asyncError = source._error;
            if (listener.matchesErrorTest(asyncError) && listener.hasErrorCallback) {
              listenerValueOrError = listener.handleError(asyncError);
              listenerHasError = false;
            }
          } catch (e, s) {
            if (identical(source._error.error, e)) {
              listenerValueOrError = source._error;
            } else {
              listenerValueOrError = AsyncError(e, s);
            }
            listenerHasError = true;
          }
        }

        if (oldZone != null) _leaveZone(oldZone);

        if (listenerValueOrError is Future && !listenerHasError) {
          Future chainSource = listenerValueOrError;
          _Future result = listener.result;
          if (chainSource is _Future) {
            if (chainSource._isComplete) {
              listeners = result._removeListeners();
              result._cloneResult(chainSource);
              source = chainSource;
              continue;
            } else {
              _chainCoreFuture(chainSource, result);
            }
          } else {
            result._chainForeignFuture(chainSource);
          }
          return;
        }
      }

      _Future result = listener.result;
      listeners = result._removeListeners();
      if (!listenerHasError) {
        result._setValue(listenerValueOrError);
      } else {
        result._setErrorObject(listenerValueOrError);
      }
      source = result;
    }
  }

  Future<T> timeout(Duration timeLimit, {FutureOr<T> onTimeout()?}) {
    if (_isComplete) return _Future<T>.immediate(this);
    _Future<T> future = _Future<T>();
    Timer timer;
    if (onTimeout == null) {
      timer = Timer(timeLimit, () {
        future._completeError(
            TimeoutException("Future not completed", timeLimit), StackTrace.empty);
      });
    } else {
      Zone zone = Zone.current;
      timer = Timer(timeLimit, () {
        try {
          future._complete(zone.run(onTimeout));
        } catch (e, s) {
          future._completeError(e, s);
        }
      });
    }
    this.then((T v) {
      if (timer.isActive) {
        timer.cancel();
        future._completeWithValue(v);
      }
    }, onError: (Object e, StackTrace s) {
      if (timer.isActive) {
        timer.cancel();
        future._completeError(e, s);
      }
    });
    return future;
  }

  // The Dart VM prints its class, "_Future<T>"; type arguments are erased here, so T prints as
  // dynamic (right for Future.delayed(d) or Future.value() without a type).
  String toString() => "Instance of '_Future<dynamic>'";
}

bool _isErrorHandler(Function f) => f is Function;

abstract class _Completer<T> implements Completer<T> {
  final _Future<T> future = _Future<T>();

  void complete([FutureOr<T>? value]);

  void completeError(Object error, [StackTrace? stackTrace]) {
    if (!future._mayComplete) throw StateError("Future already completed");
    stackTrace ??= AsyncError.defaultStackTrace(error);
    _completeError(error, stackTrace);
  }

  void _completeError(Object error, StackTrace stackTrace);

  bool get isCompleted => !future._mayComplete;
}

class _AsyncCompleter<T> extends _Completer<T> {
  void complete([FutureOr<T>? value]) {
    if (!future._mayComplete) throw StateError("Future already completed");
    future._asyncComplete(value as dynamic);
  }

  void _completeError(Object error, StackTrace stackTrace) {
    future._asyncCompleteError(error, stackTrace);
  }
}

class _SyncCompleter<T> extends _Completer<T> {
  void complete([FutureOr<T>? value]) {
    if (!future._mayComplete) throw StateError("Future already completed");
    future._complete(value as dynamic);
  }

  void _completeError(Object error, StackTrace stackTrace) {
    future._completeError(error, stackTrace);
  }
}
