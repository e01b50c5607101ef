// Zones, as far as Islet needs them: the root zone, runZoned with zone values, and
// runZonedGuarded, whose handler receives every uncaught error of the code it runs, synchronous
// or asynchronous (callbacks scheduled in a zone run in that zone). Registration hooks
// (registerCallback...) are the identity; ZoneSpecification is not supported.

typedef void _ErrorHandler(Object error, StackTrace stackTrace);

abstract class Zone {
  static Zone get root => _rootZone;
  static Zone get current => _currentZone;

  Zone? get parent;
  Zone get errorZone;
  bool inSameErrorZone(Zone otherZone);
  void handleUncaughtError(Object error, StackTrace stackTrace);
  R run<R>(R action());
  R runUnary<R, T>(R action(T argument), T argument);
  R runBinary<R, T1, T2>(R action(T1 argument1, T2 argument2), T1 argument1, T2 argument2);
  void runGuarded(void action());
  void runUnaryGuarded<T>(void action(T argument), T argument);
  void runBinaryGuarded<T1, T2>(void action(T1 argument1, T2 argument2), T1 argument1,
      T2 argument2);
  ZoneCallback<R> registerCallback<R>(R callback());
  ZoneUnaryCallback<R, T> registerUnaryCallback<R, T>(R callback(T arg));
  ZoneBinaryCallback<R, T1, T2> registerBinaryCallback<R, T1, T2>(R callback(T1 arg1, T2 arg2));
  ZoneCallback<R> bindCallback<R>(R callback());
  ZoneUnaryCallback<R, T> bindUnaryCallback<R, T>(R callback(T argument));
  void Function() bindCallbackGuarded(void callback());
  void Function(T) bindUnaryCallbackGuarded<T>(void callback(T argument));
  AsyncError? errorCallback(Object error, StackTrace? stackTrace);
  void scheduleMicrotask(void callback());
  Timer createTimer(Duration duration, void callback());
  Timer createPeriodicTimer(Duration period, void callback(Timer timer));
  void print(String line);
  Zone fork({Map<Object?, Object?>? zoneValues});
  dynamic operator [](Object? key);
}

typedef R ZoneCallback<R>();
typedef R ZoneUnaryCallback<R, T>(T arg);
typedef R ZoneBinaryCallback<R, T1, T2>(T1 arg1, T2 arg2);

class _Zone implements Zone {
  final _Zone? _parent;
  // The handler of uncaught errors (runZonedGuarded); null: the parent's.
  final Function? _handler;
  final Map<Object?, Object?>? _values;

  _Zone(this._parent, this._handler, this._values);

  Zone? get parent => _parent;

  _Zone get errorZone {
    _Zone zone = this;
    while (zone._handler == null && zone._parent != null) {
      zone = zone._parent!;
    }
    return zone;
  }

  bool inSameErrorZone(Zone otherZone) =>
      identical(this, otherZone) || identical(errorZone, (otherZone as _Zone).errorZone);

  void handleUncaughtError(Object error, StackTrace stackTrace) {
    _Zone zone = errorZone;
    var handler = zone._handler;
    if (handler == null) {
      // The root zone: the error is fatal. It is thrown from a callback of its own, ahead of
      // other microtasks, so it never unwinds through the code that reported it.
      _schedulePriorityAsyncCallback(() {
        _asyncRethrow(error, stackTrace);
      });
      return;
    }
    // The handler runs in the parent zone, so an error it throws goes further out.
    _Zone outer = zone._parent ?? _rootZone;
    _Zone old = _enterZone(outer);
    try {
      if (_takesTwoArguments(handler)) {
        handler(error, stackTrace);
      } else {
        handler(error);
      }
    } catch (e, s) {
      _leaveZone(old);
      if (identical(e, error)) {
        outer.handleUncaughtError(error, stackTrace);
      } else {
        outer.handleUncaughtError(e, s);
      }
      return;
    }
    _leaveZone(old);
  }

  R run<R>(R action()) {
    if (identical(_currentZone, this)) return action();
    _Zone old = _enterZone(this);
    try {
      return action();
    } finally {
      _leaveZone(old);
    }
  }

  R runUnary<R, T>(R action(T argument), T argument) {
    if (identical(_currentZone, this)) return action(argument);
    _Zone old = _enterZone(this);
    try {
      return action(argument);
    } finally {
      _leaveZone(old);
    }
  }

  R runBinary<R, T1, T2>(R action(T1 argument1, T2 argument2), T1 argument1, T2 argument2) {
    if (identical(_currentZone, this)) return action(argument1, argument2);
    _Zone old = _enterZone(this);
    try {
      return action(argument1, argument2);
    } finally {
      _leaveZone(old);
    }
  }

  void runGuarded(void action()) {
    try {
      run(action);
    } catch (e, s) {
      handleUncaughtError(e, s);
    }
  }

  void runUnaryGuarded<T>(void action(T argument), T argument) {
    try {
      runUnary(action, argument);
    } catch (e, s) {
      handleUncaughtError(e, s);
    }
  }

  void runBinaryGuarded<T1, T2>(void action(T1 argument1, T2 argument2), T1 argument1,
      T2 argument2) {
    try {
      runBinary(action, argument1, argument2);
    } catch (e, s) {
      handleUncaughtError(e, s);
    }
  }

  ZoneCallback<R> registerCallback<R>(R callback()) => callback;
  ZoneUnaryCallback<R, T> registerUnaryCallback<R, T>(R callback(T arg)) => callback;
  ZoneBinaryCallback<R, T1, T2> registerBinaryCallback<R, T1, T2>(
          R callback(T1 arg1, T2 arg2)) =>
      callback;

  ZoneCallback<R> bindCallback<R>(R callback()) => () => run(callback);
  ZoneUnaryCallback<R, T> bindUnaryCallback<R, T>(R callback(T argument)) =>
      (T argument) => runUnary(callback, argument);
  void Function() bindCallbackGuarded(void callback()) => () => runGuarded(callback);
  void Function(T) bindUnaryCallbackGuarded<T>(void callback(T argument)) =>
      (T argument) => runUnaryGuarded(callback, argument);

  AsyncError? errorCallback(Object error, StackTrace? stackTrace) => null;

  void scheduleMicrotask(void callback()) {
    if (identical(this, _rootZone)) {
      _scheduleAsyncCallback(callback);
    } else {
      _scheduleAsyncCallback(bindCallbackGuarded(callback));
    }
  }

  Timer createTimer(Duration duration, void callback()) {
    if (!identical(this, _rootZone)) callback = bindCallbackGuarded(callback);
    return _Timer._create(duration, callback, false);
  }

  Timer createPeriodicTimer(Duration period, void callback(Timer timer)) {
    if (!identical(this, _rootZone)) callback = bindUnaryCallbackGuarded<Timer>(callback);
    return _Timer._create(period, callback, true);
  }

  void print(String line) {
    _corePrint(line);
  }

  Zone fork({Map<Object?, Object?>? zoneValues}) => _Zone(this, null, zoneValues);

  dynamic operator [](Object? key) {
    _Zone? zone = this;
    while (zone != null) {
      var values = zone._values;
      if (values != null && values.containsKey(key)) return values[key];
      zone = zone._parent;
    }
    return null;
  }
}

void _corePrint(String line) {
  print(line);
}

final _Zone _rootZone = _Zone(null, null, null);
_Zone _currentZone = _rootZone;

_Zone _enterZone(_Zone zone) {
  _Zone old = _currentZone;
  _currentZone = zone;
  return old;
}

void _leaveZone(_Zone old) {
  _currentZone = old;
}

R runZoned<R>(R body(), {Map<Object?, Object?>? zoneValues, Function? onError}) {
  if (onError != null) {
    return runZonedGuarded(body, (Object e, StackTrace s) {
      if (_takesTwoArguments(onError)) {
        onError(e, s);
      } else {
        onError(e);
      }
    }, zoneValues: zoneValues) as R;
  }
  return _Zone(_currentZone, null, zoneValues).run(body);
}

R? runZonedGuarded<R>(R body(), void onError(Object error, StackTrace stack),
    {Map<Object?, Object?>? zoneValues}) {
  _Zone zone = _Zone(_currentZone, onError, zoneValues);
  try {
    return zone.run(body);
  } catch (e, s) {
    zone.handleUncaughtError(e, s);
    return null;
  }
}
