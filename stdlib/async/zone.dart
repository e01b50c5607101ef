// Zones: the root zone, runZoned with zone values and a ZoneSpecification, and
// runZonedGuarded, whose handler receives every uncaught error of the code it runs, synchronous
// or asynchronous (callbacks scheduled in a zone run in that zone). A ZoneSpecification's
// handlers intercept run*, register*, errorCallback, scheduleMicrotask, createTimer,
// createPeriodicTimer, print (dart:core's print included, through _zonePrint), fork and
// handleUncaughtError; each gets a ZoneDelegate that reaches the parent zones' handlers and,
// past the last, the root zone's behaviour.

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
  Zone fork({ZoneSpecification? specification, Map<Object?, Object?>? zoneValues});
  dynamic operator [](Object? key);
}

typedef R ZoneCallback<R>();
typedef R ZoneUnaryCallback<R, T>(T arg);
typedef R ZoneBinaryCallback<R, T1, T2>(T1 arg1, T2 arg2);

// The handlers of a zone (each null: the parent zone's). Types are those of dart:async, with
// the generic handlers (run, register...) as plain functions.
class ZoneSpecification {
  final Function? handleUncaughtError;
  final Function? run;
  final Function? runUnary;
  final Function? runBinary;
  final Function? registerCallback;
  final Function? registerUnaryCallback;
  final Function? registerBinaryCallback;
  final Function? errorCallback;
  final Function? scheduleMicrotask;
  final Function? createTimer;
  final Function? createPeriodicTimer;
  final Function? print;
  final Function? fork;

  const ZoneSpecification(
      {this.handleUncaughtError,
      this.run,
      this.runUnary,
      this.runBinary,
      this.registerCallback,
      this.registerUnaryCallback,
      this.registerBinaryCallback,
      this.errorCallback,
      this.scheduleMicrotask,
      this.createTimer,
      this.createPeriodicTimer,
      this.print,
      this.fork});

  factory ZoneSpecification.from(ZoneSpecification other,
      {Function? handleUncaughtError,
      Function? run,
      Function? runUnary,
      Function? runBinary,
      Function? registerCallback,
      Function? registerUnaryCallback,
      Function? registerBinaryCallback,
      Function? errorCallback,
      Function? scheduleMicrotask,
      Function? createTimer,
      Function? createPeriodicTimer,
      Function? print,
      Function? fork}) {
    return ZoneSpecification(
        handleUncaughtError: handleUncaughtError ?? other.handleUncaughtError,
        run: run ?? other.run,
        runUnary: runUnary ?? other.runUnary,
        runBinary: runBinary ?? other.runBinary,
        registerCallback: registerCallback ?? other.registerCallback,
        registerUnaryCallback: registerUnaryCallback ?? other.registerUnaryCallback,
        registerBinaryCallback: registerBinaryCallback ?? other.registerBinaryCallback,
        errorCallback: errorCallback ?? other.errorCallback,
        scheduleMicrotask: scheduleMicrotask ?? other.scheduleMicrotask,
        createTimer: createTimer ?? other.createTimer,
        createPeriodicTimer: createPeriodicTimer ?? other.createPeriodicTimer,
        print: print ?? other.print,
        fork: fork ?? other.fork);
  }
}

// What a handler calls to get its parent zones' behaviour.
abstract class ZoneDelegate {
  void handleUncaughtError(Zone zone, Object error, StackTrace stackTrace);
  R run<R>(Zone zone, R f());
  R runUnary<R, T>(Zone zone, R f(T arg), T arg);
  R runBinary<R, T1, T2>(Zone zone, R f(T1 arg1, T2 arg2), T1 arg1, T2 arg2);
  ZoneCallback<R> registerCallback<R>(Zone zone, R f());
  ZoneUnaryCallback<R, T> registerUnaryCallback<R, T>(Zone zone, R f(T arg));
  ZoneBinaryCallback<R, T1, T2> registerBinaryCallback<R, T1, T2>(
      Zone zone, R f(T1 arg1, T2 arg2));
  AsyncError? errorCallback(Zone zone, Object error, StackTrace? stackTrace);
  void scheduleMicrotask(Zone zone, void f());
  Timer createTimer(Zone zone, Duration duration, void f());
  Timer createPeriodicTimer(Zone zone, Duration period, void f(Timer timer));
  void print(Zone zone, String line);
  Zone fork(Zone zone, ZoneSpecification? specification, Map<Object?, Object?>? zoneValues);
}

// Handler kinds, to find the zone implementing one.
const int _kRun = 0;
const int _kRunUnary = 1;
const int _kRunBinary = 2;
const int _kRegister = 3;
const int _kRegisterUnary = 4;
const int _kRegisterBinary = 5;
const int _kErrorCallback = 6;
const int _kMicrotask = 7;
const int _kTimer = 8;
const int _kPeriodicTimer = 9;
const int _kPrint = 10;
const int _kFork = 11;

Function? _specHandler(ZoneSpecification spec, int kind) {
  switch (kind) {
    case _kRun:
      return spec.run;
    case _kRunUnary:
      return spec.runUnary;
    case _kRunBinary:
      return spec.runBinary;
    case _kRegister:
      return spec.registerCallback;
    case _kRegisterUnary:
      return spec.registerUnaryCallback;
    case _kRegisterBinary:
      return spec.registerBinaryCallback;
    case _kErrorCallback:
      return spec.errorCallback;
    case _kMicrotask:
      return spec.scheduleMicrotask;
    case _kTimer:
      return spec.createTimer;
    case _kPeriodicTimer:
      return spec.createPeriodicTimer;
    case _kPrint:
      return spec.print;
    case _kFork:
      return spec.fork;
  }
  return null;
}

// The nearest zone from [zone] outwards whose specification handles [kind]; null: the root's
// behaviour applies.
_Zone? _implementation(_Zone? zone, int kind) {
  while (zone != null && zone._custom) {
    var spec = zone._spec;
    if (spec != null && _specHandler(spec, kind) != null) return zone;
    zone = zone._parent;
  }
  return null;
}

class _ZoneDelegate implements ZoneDelegate {
  // The zone whose handler holds this delegate: the delegate reaches that zone's parents.
  final _Zone _zone;
  _ZoneDelegate(this._zone);

  void handleUncaughtError(Zone zone, Object error, StackTrace stackTrace) {
    _handleUncaught(_zone._parent, zone as _Zone, error, stackTrace);
  }

  R run<R>(Zone zone, R f()) {
    _Zone? impl = _implementation(_zone._parent, _kRun);
    if (impl == null) return _rootRun(zone as _Zone, f);
    return impl._spec!.run!(impl, impl._delegate, zone, f);
  }

  R runUnary<R, T>(Zone zone, R f(T arg), T arg) {
    _Zone? impl = _implementation(_zone._parent, _kRunUnary);
    if (impl == null) return _rootRunUnary(zone as _Zone, f, arg);
    return impl._spec!.runUnary!(impl, impl._delegate, zone, f, arg);
  }

  R runBinary<R, T1, T2>(Zone zone, R f(T1 arg1, T2 arg2), T1 arg1, T2 arg2) {
    _Zone? impl = _implementation(_zone._parent, _kRunBinary);
    if (impl == null) return _rootRunBinary(zone as _Zone, f, arg1, arg2);
    return impl._spec!.runBinary!(impl, impl._delegate, zone, f, arg1, arg2);
  }

  ZoneCallback<R> registerCallback<R>(Zone zone, R f()) {
    _Zone? impl = _implementation(_zone._parent, _kRegister);
    if (impl == null) return f;
    return impl._spec!.registerCallback!(impl, impl._delegate, zone, f);
  }

  ZoneUnaryCallback<R, T> registerUnaryCallback<R, T>(Zone zone, R f(T arg)) {
    _Zone? impl = _implementation(_zone._parent, _kRegisterUnary);
    if (impl == null) return f;
    return impl._spec!.registerUnaryCallback!(impl, impl._delegate, zone, f);
  }

  ZoneBinaryCallback<R, T1, T2> registerBinaryCallback<R, T1, T2>(
      Zone zone, R f(T1 arg1, T2 arg2)) {
    _Zone? impl = _implementation(_zone._parent, _kRegisterBinary);
    if (impl == null) return f;
    return impl._spec!.registerBinaryCallback!(impl, impl._delegate, zone, f);
  }

  AsyncError? errorCallback(Zone zone, Object error, StackTrace? stackTrace) {
    _Zone? impl = _implementation(_zone._parent, _kErrorCallback);
    if (impl == null) return null;
    return impl._spec!.errorCallback!(impl, impl._delegate, zone, error, stackTrace);
  }

  void scheduleMicrotask(Zone zone, void f()) {
    _Zone? impl = _implementation(_zone._parent, _kMicrotask);
    if (impl == null) {
      _rootScheduleMicrotask(zone as _Zone, f);
    } else {
      impl._spec!.scheduleMicrotask!(impl, impl._delegate, zone, f);
    }
  }

  Timer createTimer(Zone zone, Duration duration, void f()) {
    _Zone? impl = _implementation(_zone._parent, _kTimer);
    if (impl == null) return _rootCreateTimer(zone as _Zone, duration, f);
    return impl._spec!.createTimer!(impl, impl._delegate, zone, duration, f);
  }

  Timer createPeriodicTimer(Zone zone, Duration period, void f(Timer timer)) {
    _Zone? impl = _implementation(_zone._parent, _kPeriodicTimer);
    if (impl == null) return _rootCreatePeriodicTimer(zone as _Zone, period, f);
    return impl._spec!.createPeriodicTimer!(impl, impl._delegate, zone, period, f);
  }

  void print(Zone zone, String line) {
    _Zone? impl = _implementation(_zone._parent, _kPrint);
    if (impl == null) {
      _printToConsole(line);
    } else {
      impl._spec!.print!(impl, impl._delegate, zone, line);
    }
  }

  Zone fork(Zone zone, ZoneSpecification? specification, Map<Object?, Object?>? zoneValues) {
    _Zone? impl = _implementation(_zone._parent, _kFork);
    if (impl == null) return _Zone(zone as _Zone, null, zoneValues, specification);
    return impl._spec!.fork!(impl, impl._delegate, zone, specification, zoneValues);
  }
}

// The root zone's behaviours, for a callback of [zone].
R _rootRun<R>(_Zone zone, R action()) {
  if (identical(_currentZone, zone)) return action();
  _Zone old = _enterZone(zone);
  try {
    return action();
  } finally {
    _leaveZone(old);
  }
}

R _rootRunUnary<R, T>(_Zone zone, R action(T argument), T argument) {
  if (identical(_currentZone, zone)) return action(argument);
  _Zone old = _enterZone(zone);
  try {
    return action(argument);
  } finally {
    _leaveZone(old);
  }
}

R _rootRunBinary<R, T1, T2>(
    _Zone zone, R action(T1 argument1, T2 argument2), T1 argument1, T2 argument2) {
  if (identical(_currentZone, zone)) return action(argument1, argument2);
  _Zone old = _enterZone(zone);
  try {
    return action(argument1, argument2);
  } finally {
    _leaveZone(old);
  }
}

void _rootScheduleMicrotask(_Zone zone, void callback()) {
  if (identical(zone, _rootZone)) {
    _scheduleAsyncCallback(callback);
  } else {
    _scheduleAsyncCallback(zone.bindCallbackGuarded(callback));
  }
}

Timer _rootCreateTimer(_Zone zone, Duration duration, void callback()) {
  if (!identical(zone, _rootZone)) callback = zone.bindCallbackGuarded(callback);
  return _Timer._create(duration, callback, false);
}

Timer _rootCreatePeriodicTimer(_Zone zone, Duration period, void callback(Timer timer)) {
  if (!identical(zone, _rootZone)) callback = zone.bindUnaryCallbackGuarded<Timer>(callback);
  return _Timer._create(period, callback, true);
}

// An uncaught error of [zone], handled by the nearest zone from [start] outwards with an error
// handler (runZonedGuarded's, or a specification's handleUncaughtError), or else by the root.
void _handleUncaught(_Zone? start, _Zone zone, Object error, StackTrace stackTrace) {
  _Zone? handlerZone = start;
  while (handlerZone != null &&
      handlerZone._handler == null &&
      handlerZone._spec?.handleUncaughtError == null) {
    handlerZone = handlerZone._parent;
  }
  if (handlerZone == null || (handlerZone._parent == null && handlerZone._handler == null)) {
    // The root zone: the error is fatal. It is thrown from a callback of its own, ahead of
    // other microtasks, so it never unwinds through the code that reported it.
    _schedulePriorityAsyncCallback(() {
      _asyncRethrow(error, stackTrace);
    });
    return;
  }
  var handler = handlerZone._handler;
  if (handler == null) {
    handlerZone._spec!.handleUncaughtError!(
        handlerZone, handlerZone._delegate, zone, error, stackTrace);
    return;
  }
  // runZonedGuarded's handler runs in the parent zone, so an error it throws goes further out.
  _Zone outer = handlerZone._parent ?? _rootZone;
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
      _handleUncaught(outer, zone, error, stackTrace);
    } else {
      _handleUncaught(outer, zone, e, s);
    }
    return;
  }
  _leaveZone(old);
}

class _Zone implements Zone {
  final _Zone? _parent;
  // The handler of uncaught errors (runZonedGuarded); null: the parent's.
  final Function? _handler;
  final Map<Object?, Object?>? _values;
  final ZoneSpecification? _spec;
  // Whether this zone or one of its parents has a specification (else the root's behaviours
  // apply without looking for handlers).
  final bool _custom;
  _ZoneDelegate? _delegateCache;

  _Zone(this._parent, this._handler, this._values, [this._spec])
      : _custom = _spec != null || (_parent != null && _parent._custom);

  _ZoneDelegate get _delegate => _delegateCache ??= _ZoneDelegate(this);

  Zone? get parent => _parent;

  _Zone get errorZone {
    _Zone zone = this;
    while (zone._handler == null &&
        zone._spec?.handleUncaughtError == null &&
        zone._parent != null) {
      zone = zone._parent!;
    }
    return zone;
  }

  bool inSameErrorZone(Zone otherZone) =>
      identical(this, otherZone) || identical(errorZone, (otherZone as _Zone).errorZone);

  void handleUncaughtError(Object error, StackTrace stackTrace) {
    _handleUncaught(this, this, error, stackTrace);
  }

  R run<R>(R action()) {
    if (_custom) {
      _Zone? impl = _implementation(this, _kRun);
      if (impl != null) return impl._spec!.run!(impl, impl._delegate, this, action);
    }
    return _rootRun(this, action);
  }

  R runUnary<R, T>(R action(T argument), T argument) {
    if (_custom) {
      _Zone? impl = _implementation(this, _kRunUnary);
      if (impl != null) return impl._spec!.runUnary!(impl, impl._delegate, this, action, argument);
    }
    return _rootRunUnary(this, action, argument);
  }

  R runBinary<R, T1, T2>(R action(T1 argument1, T2 argument2), T1 argument1, T2 argument2) {
    if (_custom) {
      _Zone? impl = _implementation(this, _kRunBinary);
      if (impl != null) {
        return impl._spec!.runBinary!(impl, impl._delegate, this, action, argument1, argument2);
      }
    }
    return _rootRunBinary(this, action, argument1, argument2);
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

  ZoneCallback<R> registerCallback<R>(R callback()) {
    if (_custom) {
      _Zone? impl = _implementation(this, _kRegister);
      if (impl != null) {
        return impl._spec!.registerCallback!(impl, impl._delegate, this, callback);
      }
    }
    return callback;
  }

  ZoneUnaryCallback<R, T> registerUnaryCallback<R, T>(R callback(T arg)) {
    if (_custom) {
      _Zone? impl = _implementation(this, _kRegisterUnary);
      if (impl != null) {
        return impl._spec!.registerUnaryCallback!(impl, impl._delegate, this, callback);
      }
    }
    return callback;
  }

  ZoneBinaryCallback<R, T1, T2> registerBinaryCallback<R, T1, T2>(
      R callback(T1 arg1, T2 arg2)) {
    if (_custom) {
      _Zone? impl = _implementation(this, _kRegisterBinary);
      if (impl != null) {
        return impl._spec!.registerBinaryCallback!(impl, impl._delegate, this, callback);
      }
    }
    return callback;
  }

  ZoneCallback<R> bindCallback<R>(R callback()) {
    var registered = registerCallback(callback);
    return () => run(registered);
  }

  ZoneUnaryCallback<R, T> bindUnaryCallback<R, T>(R callback(T argument)) {
    var registered = registerUnaryCallback(callback);
    return (T argument) => runUnary(registered, argument);
  }

  void Function() bindCallbackGuarded(void callback()) {
    var registered = registerCallback(callback);
    return () => runGuarded(registered);
  }

  void Function(T) bindUnaryCallbackGuarded<T>(void callback(T argument)) {
    var registered = registerUnaryCallback(callback);
    return (T argument) => runUnaryGuarded(registered, argument);
  }

  AsyncError? errorCallback(Object error, StackTrace? stackTrace) {
    if (_custom) {
      _Zone? impl = _implementation(this, _kErrorCallback);
      if (impl != null) {
        return impl._spec!.errorCallback!(impl, impl._delegate, this, error, stackTrace);
      }
    }
    return null;
  }

  void scheduleMicrotask(void callback()) {
    if (_custom) {
      _Zone? impl = _implementation(this, _kMicrotask);
      if (impl != null) {
        impl._spec!.scheduleMicrotask!(impl, impl._delegate, this, callback);
        return;
      }
    }
    _rootScheduleMicrotask(this, callback);
  }

  Timer createTimer(Duration duration, void callback()) {
    if (_custom) {
      _Zone? impl = _implementation(this, _kTimer);
      if (impl != null) {
        return impl._spec!.createTimer!(impl, impl._delegate, this, duration, callback);
      }
    }
    return _rootCreateTimer(this, duration, callback);
  }

  Timer createPeriodicTimer(Duration period, void callback(Timer timer)) {
    if (_custom) {
      _Zone? impl = _implementation(this, _kPeriodicTimer);
      if (impl != null) {
        return impl._spec!.createPeriodicTimer!(impl, impl._delegate, this, period, callback);
      }
    }
    return _rootCreatePeriodicTimer(this, period, callback);
  }

  void print(String line) {
    if (_custom) {
      _Zone? impl = _implementation(this, _kPrint);
      if (impl != null) {
        impl._spec!.print!(impl, impl._delegate, this, line);
        return;
      }
    }
    _printToConsole(line);
  }

  Zone fork({ZoneSpecification? specification, Map<Object?, Object?>? zoneValues}) {
    if (_custom) {
      _Zone? impl = _implementation(this, _kFork);
      if (impl != null) {
        return impl._spec!.fork!(impl, impl._delegate, this, specification, zoneValues);
      }
    }
    return _Zone(this, null, zoneValues, specification);
  }

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

// Writes a line to the console, past every zone (the root zone's print).
external void _printToConsole(String line);

// dart:core's print calls this first (natives Print): a zone with a print handler takes the
// line (true); otherwise (false) print writes it itself.
bool _zonePrint(String line) {
  _Zone zone = _currentZone;
  if (!zone._custom || _implementation(zone, _kPrint) == null) return false;
  zone.print(line);
  return true;
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

R runZoned<R>(R body(),
    {Map<Object?, Object?>? zoneValues,
    ZoneSpecification? zoneSpecification,
    Function? onError}) {
  if (onError != null) {
    return runZonedGuarded(body, (Object e, StackTrace s) {
      if (_takesTwoArguments(onError)) {
        onError(e, s);
      } else {
        onError(e);
      }
    }, zoneValues: zoneValues, zoneSpecification: zoneSpecification) as R;
  }
  return _currentZone.fork(specification: zoneSpecification, zoneValues: zoneValues).run(body);
}

R? runZonedGuarded<R>(R body(), void onError(Object error, StackTrace stack),
    {Map<Object?, Object?>? zoneValues, ZoneSpecification? zoneSpecification}) {
  _Zone zone = _Zone(_currentZone, onError, zoneValues, zoneSpecification);
  try {
    return zone.run(body);
  } catch (e, s) {
    zone.handleUncaughtError(e, s);
    return null;
  }
}
