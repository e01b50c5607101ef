// The Future API (constructors and statics), Completer, FutureOr, AsyncError and
// TimeoutException. The implementation class is _Future (future_impl.dart).

typedef FutureOr<T> = dynamic;

abstract class Future<T> {
  factory Future(FutureOr<T> computation()) {
    _Future<T> result = _Future<T>();
    Timer.run(() {
      try {
        result._complete(computation());
      } catch (e, s) {
        result._completeError(e, s);
      }
    });
    return result;
  }

  factory Future.microtask(FutureOr<T> computation()) {
    _Future<T> result = _Future<T>();
    scheduleMicrotask(() {
      try {
        result._complete(computation());
      } catch (e, s) {
        result._completeError(e, s);
      }
    });
    return result;
  }

  factory Future.sync(FutureOr<T> computation()) {
    try {
      var result = computation();
      if (result is Future) return result as Future<T>;
      return _Future<T>.value(result as dynamic);
    } catch (error, stackTrace) {
      var future = _Future<T>();
      future._asyncCompleteError(error, stackTrace);
      return future;
    }
  }

  factory Future.value([FutureOr<T>? value]) => _Future<T>.immediate(value as dynamic);

  factory Future.error(Object error, [StackTrace? stackTrace]) {
    stackTrace ??= AsyncError.defaultStackTrace(error);
    return _Future<T>.immediateError(error, stackTrace);
  }

  factory Future.delayed(Duration duration, [FutureOr<T> computation()?]) {
    _Future<T> result = _Future<T>();
    Timer(duration, () {
      if (computation == null) {
        result._complete(null as dynamic);
      } else {
        try {
          result._complete(computation());
        } catch (e, s) {
          result._completeError(e, s);
        }
      }
    });
    return result;
  }

  static Future<List<T>> wait<T>(Iterable<Future<T>> futures,
      {bool eagerError = false, void cleanUp(T successValue)?}) {
    final _Future<List<T>> result = _Future<List<T>>();
    List<T?>? values;
    int remaining = 0;
    late Object error;
    late StackTrace stackTrace;

    void handleError(Object theError, StackTrace theStackTrace) {
      remaining--;
      List<T?>? valueList = values;
      if (valueList != null) {
        if (cleanUp != null) {
          for (var value in valueList) {
            if (value != null) {
              var cleanUpValue = value;
              Future.sync(() {
                cleanUp(cleanUpValue);
              });
            }
          }
        }
        values = null;
        if (remaining == 0 || eagerError) {
          result._completeError(theError, theStackTrace);
        } else {
          error = theError;
          stackTrace = theStackTrace;
        }
      } else if (remaining == 0 && !eagerError) {
        result._completeError(error, stackTrace);
      }
    }

    try {
      for (var future in futures) {
        int pos = remaining;
        future.then((T value) {
          remaining--;
          List<T?>? valueList = values;
          if (valueList != null) {
            valueList[pos] = value;
            if (remaining == 0) {
              result._completeWithValue(List<T>.from(valueList));
            }
          } else {
            if (cleanUp != null && value != null) {
              Future.sync(() {
                cleanUp(value);
              });
            }
            if (remaining == 0 && !eagerError) {
              result._completeError(error, stackTrace);
            }
          }
        }, onError: handleError);
        remaining++;
      }
      if (remaining == 0) {
        return _Future<List<T>>.value(<T>[]);
      }
      values = List<T?>.filled(remaining, null);
    } catch (e, st) {
      if (remaining == 0 || eagerError) {
        return Future.error(e, st);
      } else {
        error = e;
        stackTrace = st;
      }
    }
    return result;
  }

  static Future<T> any<T>(Iterable<Future<T>> futures) {
    var completer = Completer<T>.sync();
    void onValue(T value) {
      if (!completer.isCompleted) completer.complete(value);
    }

    void onError(Object error, StackTrace stack) {
      if (!completer.isCompleted) completer.completeError(error, stack);
    }

    for (var future in futures) {
      future.then(onValue, onError: onError);
    }
    return completer.future;
  }

  static Future<void> forEach<T>(Iterable<T> elements, FutureOr action(T element)) {
    var iterator = elements.iterator;
    return doWhile(() {
      if (!iterator.moveNext()) return false;
      var result = action(iterator.current);
      if (result is Future) return result.then(_kTrue);
      return true;
    });
  }

  static bool _kTrue(Object? _) => true;

  static Future<void> doWhile(FutureOr<bool> action()) {
    _Future<void> doneSignal = _Future<void>();
    late void Function(bool) nextIteration;
    nextIteration = (bool keepGoing) {
      while (keepGoing) {
        FutureOr<bool> result;
        try {
          result = action();
        } catch (error, stackTrace) {
          doneSignal._asyncCompleteError(error, stackTrace);
          return;
        }
        if (result is Future) {
          result.then(nextIteration, onError: doneSignal._completeError);
          return;
        }
        keepGoing = result as bool;
      }
      doneSignal._complete(null);
    };
    nextIteration(true);
    return doneSignal;
  }

  Future<R> then<R>(FutureOr<R> onValue(T value), {Function? onError});
  Future<T> catchError(Function onError, {bool test(Object error)?});
  Future<T> whenComplete(FutureOr<void> action());
  Stream<T> asStream();
  Future<T> timeout(Duration timeLimit, {FutureOr<T> onTimeout()?});

  // Dart's FutureExtensions, as members (_Future has its own copies: it implements Future).

  /// Handles errors of type [E] (that pass [test]) with [handleError]; other errors pass on.
  Future<T> onError<E extends Object>(FutureOr<T> handleError(E error, StackTrace stackTrace),
          {bool test(E error)?}) =>
      _futureOnError<T, E>(this, handleError, test);

  /// Drops this future's result: an error it completes with is not reported as unhandled.
  void ignore() {
    _futureIgnore<T>(this);
  }
}

Future<T> _futureOnError<T, E extends Object>(Future<T> future,
    FutureOr<T> handleError(E error, StackTrace stackTrace), bool test(E error)?) {
  FutureOr<T> onError(Object error, StackTrace stackTrace) {
    if (error is! E || (test != null && !test(error))) {
      Error.throwWithStackTrace(error, stackTrace);
    }
    return handleError(error, stackTrace);
  }

  return future.then<T>((T value) => value, onError: onError);
}

void _futureIgnore<T>(Future<T> future) {
  future.then<void>((T value) {}, onError: (Object error, StackTrace stackTrace) {});
}

abstract class Completer<T> {
  factory Completer() => _AsyncCompleter<T>();
  factory Completer.sync() => _SyncCompleter<T>();

  Future<T> get future;
  void complete([FutureOr<T>? value]);
  void completeError(Object error, [StackTrace? stackTrace]);
  bool get isCompleted;
}

class AsyncError implements Error {
  final Object error;
  final StackTrace stackTrace;

  AsyncError(this.error, StackTrace? stackTrace)
      : stackTrace = stackTrace ?? defaultStackTrace(error);

  static StackTrace defaultStackTrace(Object error) {
    if (error is Error) {
      var stackTrace = error.stackTrace;
      if (stackTrace != null) return stackTrace;
    }
    return StackTrace.empty;
  }

  String toString() => "$error";
}

class TimeoutException implements Exception {
  final String? message;
  final Duration? duration;

  TimeoutException(this.message, [this.duration]);

  String toString() {
    String result = "TimeoutException";
    if (duration != null) result = "TimeoutException after $duration";
    if (message != null) result = "$result: $message";
    return result;
  }
}

void unawaited(Future<void>? future) {}
