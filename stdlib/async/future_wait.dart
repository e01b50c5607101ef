// Dart 3's parallel waiting: `(f1, f2).wait` on records of two to nine futures and
// `futures.wait` on an iterable of them, which wait for every future (not only up to the first
// error, unlike Future.wait) and report failures as one ParallelWaitError holding the values and
// errors in the same shape. Does not own Future.wait (future.dart).

/// Error thrown when waiting for multiple futures, when some have errors: [values] and [errors]
/// have the shape of the awaited futures, with null where a future failed or succeeded.
class ParallelWaitError<V, E> extends Error {
  final V values;
  final E errors;
  final AsyncError? _defaultError;
  final int? _errorCount;

  ParallelWaitError(this.values, this.errors, {int? errorCount, AsyncError? defaultError})
      : _defaultError = defaultError,
        _errorCount = errorCount;

  String toString() {
    int? count = _errorCount;
    String counted = count != null && count > 1 ? "($count errors)" : "";
    AsyncError? error = _defaultError;
    if (error == null) return "ParallelWaitError$counted";
    return "ParallelWaitError$counted: ${error.error}";
  }

  StackTrace? get stackTrace => _defaultError?.stackTrace ?? super.stackTrace;
}

// The outcome of one of several futures awaited together.
class _ParallelResult {
  Object? value;
  AsyncError? error;
}

// Listens to every future of [futures] and, once all have completed, calls [done] with their
// outcomes (in order), the number of errors and the first error (or null).
void _waitForAll(List<Future<Object?>> futures,
    void Function(List<_ParallelResult> results, int errors, AsyncError? first) done) {
  List<_ParallelResult> results = <_ParallelResult>[];
  int pending = futures.length;
  int errors = 0;
  void settle() {
    if (--pending > 0) return;
    AsyncError? first;
    for (_ParallelResult r in results) {
      first ??= r.error;
    }
    done(results, errors, first);
  }

  for (Future<Object?> future in futures) {
    _ParallelResult result = _ParallelResult();
    results.add(result);
    future.then((Object? value) {
      result.value = value;
      settle();
    }, onError: (Object error, StackTrace stackTrace) {
      result.error = AsyncError(error, stackTrace);
      errors++;
      settle();
    });
  }
}

extension FutureIterable<T> on Iterable<Future<T>> {
  /// The values of all these futures, in order, once every one has completed.
  Future<List<T>> get wait {
    List<Future<T>> futures = toList();
    if (futures.isEmpty) return Future<List<T>>.value(<T>[]);
    Completer<List<T>> completer = Completer<List<T>>.sync();
    _waitForAll(futures, (List<_ParallelResult> results, int errors, AsyncError? first) {
      if (errors == 0) {
        completer.complete(<T>[for (_ParallelResult r in results) r.value as T]);
      } else {
        completer.completeError(ParallelWaitError<List<T?>, List<AsyncError?>>(
            <T?>[for (_ParallelResult r in results) r.value as T?],
            <AsyncError?>[for (_ParallelResult r in results) r.error],
            errorCount: errors,
            defaultError: first));
      }
    });
    return completer.future;
  }
}

extension FutureRecord2<T1, T2> on (Future<T1>, Future<T2>) {
  /// The values of these futures, as a record, once every one has completed.
  Future<(T1, T2)> get wait {
    Completer<(T1, T2)> completer = Completer<(T1, T2)>.sync();
    _waitForAll(<Future<Object?>>[$1, $2],
        (List<_ParallelResult> r, int errors, AsyncError? first) {
      if (errors == 0) {
        completer.complete((r[0].value as T1, r[1].value as T2));
      } else {
        completer.completeError(ParallelWaitError((r[0].value as T1?, r[1].value as T2?), (r[0].error, r[1].error),
            errorCount: errors, defaultError: first));
      }
    });
    return completer.future;
  }
}

extension FutureRecord3<T1, T2, T3> on (Future<T1>, Future<T2>, Future<T3>) {
  /// The values of these futures, as a record, once every one has completed.
  Future<(T1, T2, T3)> get wait {
    Completer<(T1, T2, T3)> completer = Completer<(T1, T2, T3)>.sync();
    _waitForAll(<Future<Object?>>[$1, $2, $3],
        (List<_ParallelResult> r, int errors, AsyncError? first) {
      if (errors == 0) {
        completer.complete((r[0].value as T1, r[1].value as T2, r[2].value as T3));
      } else {
        completer.completeError(ParallelWaitError((r[0].value as T1?, r[1].value as T2?, r[2].value as T3?), (r[0].error, r[1].error, r[2].error),
            errorCount: errors, defaultError: first));
      }
    });
    return completer.future;
  }
}

extension FutureRecord4<T1, T2, T3, T4> on (Future<T1>, Future<T2>, Future<T3>, Future<T4>) {
  /// The values of these futures, as a record, once every one has completed.
  Future<(T1, T2, T3, T4)> get wait {
    Completer<(T1, T2, T3, T4)> completer = Completer<(T1, T2, T3, T4)>.sync();
    _waitForAll(<Future<Object?>>[$1, $2, $3, $4],
        (List<_ParallelResult> r, int errors, AsyncError? first) {
      if (errors == 0) {
        completer.complete((r[0].value as T1, r[1].value as T2, r[2].value as T3, r[3].value as T4));
      } else {
        completer.completeError(ParallelWaitError((r[0].value as T1?, r[1].value as T2?, r[2].value as T3?, r[3].value as T4?), (r[0].error, r[1].error, r[2].error, r[3].error),
            errorCount: errors, defaultError: first));
      }
    });
    return completer.future;
  }
}

extension FutureRecord5<T1, T2, T3, T4, T5> on (Future<T1>, Future<T2>, Future<T3>, Future<T4>, Future<T5>) {
  /// The values of these futures, as a record, once every one has completed.
  Future<(T1, T2, T3, T4, T5)> get wait {
    Completer<(T1, T2, T3, T4, T5)> completer = Completer<(T1, T2, T3, T4, T5)>.sync();
    _waitForAll(<Future<Object?>>[$1, $2, $3, $4, $5],
        (List<_ParallelResult> r, int errors, AsyncError? first) {
      if (errors == 0) {
        completer.complete((r[0].value as T1, r[1].value as T2, r[2].value as T3, r[3].value as T4, r[4].value as T5));
      } else {
        completer.completeError(ParallelWaitError((r[0].value as T1?, r[1].value as T2?, r[2].value as T3?, r[3].value as T4?, r[4].value as T5?), (r[0].error, r[1].error, r[2].error, r[3].error, r[4].error),
            errorCount: errors, defaultError: first));
      }
    });
    return completer.future;
  }
}

extension FutureRecord6<T1, T2, T3, T4, T5, T6> on (Future<T1>, Future<T2>, Future<T3>, Future<T4>, Future<T5>, Future<T6>) {
  /// The values of these futures, as a record, once every one has completed.
  Future<(T1, T2, T3, T4, T5, T6)> get wait {
    Completer<(T1, T2, T3, T4, T5, T6)> completer = Completer<(T1, T2, T3, T4, T5, T6)>.sync();
    _waitForAll(<Future<Object?>>[$1, $2, $3, $4, $5, $6],
        (List<_ParallelResult> r, int errors, AsyncError? first) {
      if (errors == 0) {
        completer.complete((r[0].value as T1, r[1].value as T2, r[2].value as T3, r[3].value as T4, r[4].value as T5, r[5].value as T6));
      } else {
        completer.completeError(ParallelWaitError((r[0].value as T1?, r[1].value as T2?, r[2].value as T3?, r[3].value as T4?, r[4].value as T5?, r[5].value as T6?), (r[0].error, r[1].error, r[2].error, r[3].error, r[4].error, r[5].error),
            errorCount: errors, defaultError: first));
      }
    });
    return completer.future;
  }
}

extension FutureRecord7<T1, T2, T3, T4, T5, T6, T7> on (Future<T1>, Future<T2>, Future<T3>, Future<T4>, Future<T5>, Future<T6>, Future<T7>) {
  /// The values of these futures, as a record, once every one has completed.
  Future<(T1, T2, T3, T4, T5, T6, T7)> get wait {
    Completer<(T1, T2, T3, T4, T5, T6, T7)> completer = Completer<(T1, T2, T3, T4, T5, T6, T7)>.sync();
    _waitForAll(<Future<Object?>>[$1, $2, $3, $4, $5, $6, $7],
        (List<_ParallelResult> r, int errors, AsyncError? first) {
      if (errors == 0) {
        completer.complete((r[0].value as T1, r[1].value as T2, r[2].value as T3, r[3].value as T4, r[4].value as T5, r[5].value as T6, r[6].value as T7));
      } else {
        completer.completeError(ParallelWaitError((r[0].value as T1?, r[1].value as T2?, r[2].value as T3?, r[3].value as T4?, r[4].value as T5?, r[5].value as T6?, r[6].value as T7?), (r[0].error, r[1].error, r[2].error, r[3].error, r[4].error, r[5].error, r[6].error),
            errorCount: errors, defaultError: first));
      }
    });
    return completer.future;
  }
}

extension FutureRecord8<T1, T2, T3, T4, T5, T6, T7, T8> on (Future<T1>, Future<T2>, Future<T3>, Future<T4>, Future<T5>, Future<T6>, Future<T7>, Future<T8>) {
  /// The values of these futures, as a record, once every one has completed.
  Future<(T1, T2, T3, T4, T5, T6, T7, T8)> get wait {
    Completer<(T1, T2, T3, T4, T5, T6, T7, T8)> completer = Completer<(T1, T2, T3, T4, T5, T6, T7, T8)>.sync();
    _waitForAll(<Future<Object?>>[$1, $2, $3, $4, $5, $6, $7, $8],
        (List<_ParallelResult> r, int errors, AsyncError? first) {
      if (errors == 0) {
        completer.complete((r[0].value as T1, r[1].value as T2, r[2].value as T3, r[3].value as T4, r[4].value as T5, r[5].value as T6, r[6].value as T7, r[7].value as T8));
      } else {
        completer.completeError(ParallelWaitError((r[0].value as T1?, r[1].value as T2?, r[2].value as T3?, r[3].value as T4?, r[4].value as T5?, r[5].value as T6?, r[6].value as T7?, r[7].value as T8?), (r[0].error, r[1].error, r[2].error, r[3].error, r[4].error, r[5].error, r[6].error, r[7].error),
            errorCount: errors, defaultError: first));
      }
    });
    return completer.future;
  }
}

extension FutureRecord9<T1, T2, T3, T4, T5, T6, T7, T8, T9> on (Future<T1>, Future<T2>, Future<T3>, Future<T4>, Future<T5>, Future<T6>, Future<T7>, Future<T8>, Future<T9>) {
  /// The values of these futures, as a record, once every one has completed.
  Future<(T1, T2, T3, T4, T5, T6, T7, T8, T9)> get wait {
    Completer<(T1, T2, T3, T4, T5, T6, T7, T8, T9)> completer = Completer<(T1, T2, T3, T4, T5, T6, T7, T8, T9)>.sync();
    _waitForAll(<Future<Object?>>[$1, $2, $3, $4, $5, $6, $7, $8, $9],
        (List<_ParallelResult> r, int errors, AsyncError? first) {
      if (errors == 0) {
        completer.complete((r[0].value as T1, r[1].value as T2, r[2].value as T3, r[3].value as T4, r[4].value as T5, r[5].value as T6, r[6].value as T7, r[7].value as T8, r[8].value as T9));
      } else {
        completer.completeError(ParallelWaitError((r[0].value as T1?, r[1].value as T2?, r[2].value as T3?, r[3].value as T4?, r[4].value as T5?, r[5].value as T6?, r[6].value as T7?, r[7].value as T8?, r[8].value as T9?), (r[0].error, r[1].error, r[2].error, r[3].error, r[4].error, r[5].error, r[6].error, r[7].error, r[8].error),
            errorCount: errors, defaultError: first));
      }
    });
    return completer.future;
  }
}
