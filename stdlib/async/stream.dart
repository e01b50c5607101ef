// Stream: the constructors, listen, and the operators. Operators that make a stream listen
// to the source when they are listened to, and forward synchronously (as Dart's forwarding
// streams do); the ones that give a future listen at once. Also StreamTransformer and the
// stream of Stream.eventTransformed (through which dart:convert's converters bind).

abstract class Stream<T> {
  const Stream();

  factory Stream.value(T value) {
    var c = _StreamController<T>(false, false);
    c.add(value);
    c.close();
    return c.stream;
  }

  factory Stream.error(Object error, [StackTrace? stackTrace]) {
    var c = _StreamController<T>(false, false);
    c.addError(error, stackTrace);
    c.close();
    return c.stream;
  }

  factory Stream.empty({bool broadcast = true}) => _EmptyStream<T>(broadcast);

  /// A view of [source] whose events are checked against T (as [cast]).
  static Stream<T> castFrom<S, T>(Stream<S> source) => source.cast<T>();

  factory Stream.fromFuture(Future<T> future) {
    var c = _StreamController<T>(true, false);
    future.then((value) {
      c.add(value);
      c.close();
    }, onError: (Object error, StackTrace stackTrace) {
      c.addError(error, stackTrace);
      c.close();
    });
    return c.stream;
  }

  factory Stream.fromFutures(Iterable<Future<T>> futures) {
    var c = _StreamController<T>(true, false);
    int count = 0;
    void onValue(T value) {
      if (!c.isClosed) {
        c.add(value);
        if (--count == 0) c.close();
      }
    }

    void onError(Object error, StackTrace stack) {
      if (!c.isClosed) {
        c.addError(error, stack);
        if (--count == 0) c.close();
      }
    }

    for (var future in futures) {
      count++;
      future.then(onValue, onError: onError);
    }
    if (count == 0) scheduleMicrotask(c.close);
    return c.stream;
  }

  factory Stream.fromIterable(Iterable<T> elements) => _MultiStream<T>((controller) {
        Iterator<T> iterator;
        try {
          iterator = elements.iterator;
        } catch (e, s) {
          controller.addError(e, s);
          controller.close();
          return;
        }
        var zone = Zone.current;
        var isScheduled = true;
        void next() {
          if (!controller.hasListener || controller.isPaused) {
            isScheduled = false;
            return;
          }
          bool hasNext;
          try {
            hasNext = iterator.moveNext();
          } catch (e, s) {
            controller.addError(e, s);
            controller.close();
            return;
          }
          if (hasNext) {
            try {
              controller.add(iterator.current);
            } catch (e, s) {
              controller.addError(e, s);
            }
            if (controller.hasListener && !controller.isPaused) {
              zone.scheduleMicrotask(next);
            } else {
              isScheduled = false;
            }
          } else {
            controller.close();
          }
        }

        controller.onResume = () {
          if (!isScheduled) {
            isScheduled = true;
            zone.scheduleMicrotask(next);
          }
        };
        zone.scheduleMicrotask(next);
      });

  // As in Dart, each listener gets an asynchronous controller (events are delivered in later
  // microtasks) with addSync, addErrorSync and closeSync for immediate delivery.
  factory Stream.multi(void onListen(MultiStreamController<T> controller),
          {bool isBroadcast = false}) =>
      _MultiStream<T>((StreamController<T> controller) {
        onListen(controller as MultiStreamController<T>);
      }, isBroadcast, false);

  /// A stream of the events [source]'s events become when they go through the sink that
  /// [mapSink] makes, for each listener, from a sink that feeds that listener.
  factory Stream.eventTransformed(
          Stream<dynamic> source, EventSink<dynamic> mapSink(EventSink<T> sink)) =>
      _BoundSinkStream<T>(source, mapSink);

  // As in Dart: a stopwatch counts the running time since the last event, so a resume waits
  // out the rest of the period before the next event (then ticks every period again).
  factory Stream.periodic(Duration period, [T computation(int computationCount)?]) {
    var c = _StreamController<T>(true, false);
    int count = 0;
    Timer? timer;
    Stopwatch watch = Stopwatch();
    void tick(Object? _) {
      watch.reset();
      T value;
      if (computation != null) {
        try {
          value = computation(count++);
        } catch (e, s) {
          c.addError(e, s);
          return;
        }
      } else {
        value = null as dynamic;
      }
      c.add(value);
    }

    c.onListen = () {
      timer = Timer.periodic(period, tick);
    };
    c.onPause = () {
      watch.stop();
      timer?.cancel();
    };
    c.onResume = () {
      Duration elapsed = watch.elapsed;
      watch.start();
      timer = Timer(period - elapsed, () {
        timer = Timer.periodic(period, tick);
        tick(null);
      });
    };
    c.onCancel = () {
      timer?.cancel();
      timer = null;
      return _nullFuture;
    };
    return c.stream;
  }

  bool get isBroadcast => false;

  StreamSubscription<T> listen(void onData(T event)?,
      {Function? onError, void onDone()?, bool? cancelOnError});

  // A stream of [handler]'s output: it listens to this stream when listened to, and forwards
  // synchronously through a sync controller.
  Stream<S> _derive<S>(void handler(T event, _StreamController<S> out),
      {void onError(Object e, StackTrace s, _StreamController<S> out)?,
      void onDone(_StreamController<S> out)?}) {
    var source = this;
    return _MultiStream<S>((StreamController<S> controller) {
      var out = controller as _StreamController<S>;
      late StreamSubscription<T> sub;
      sub = source.listen((T event) {
        try {
          handler(event, out);
        } catch (e, s) {
          out.addError(e, s);
        }
      }, onError: (Object e, StackTrace s) {
        if (onError != null) {
          try {
            onError(e, s, out);
          } catch (e2, s2) {
            out.addError(e2, s2);
          }
        } else {
          out.addError(e, s);
        }
      }, onDone: () {
        if (onDone != null) {
          onDone(out);
        } else {
          out.close();
        }
      });
      out.onPause = () {
        sub.pause();
      };
      out.onResume = () {
        sub.resume();
      };
      out.onCancel = () => sub.cancel();
    }, isBroadcast);
  }

  Stream<S> map<S>(S convert(T event)) => _derive<S>((T e, out) => out.add(convert(e)));

  Stream<T> where(bool test(T event)) => _derive<T>((T e, out) {
        if (test(e)) out.add(e);
      });

  Stream<S> expand<S>(Iterable<S> convert(T element)) => _derive<S>((T e, out) {
        for (var v in convert(e)) {
          out.add(v);
        }
      });

  Stream<E> asyncMap<E>(FutureOr<E> convert(T event)) {
    var source = this;
    return _MultiStream<E>((StreamController<E> controller) {
      late StreamSubscription<T> sub;
      sub = source.listen((T event) {
        FutureOr<E> r;
        try {
          r = convert(event);
        } catch (e, s) {
          controller.addError(e, s);
          return;
        }
        if (r is Future) {
          sub.pause();
          (r as Future).then((v) {
            controller.add(v);
          }, onError: (Object e, StackTrace s) {
            controller.addError(e, s);
          }).whenComplete(sub.resume);
        } else {
          controller.add(r as dynamic);
        }
      }, onError: controller.addError, onDone: controller.close);
      controller.onPause = () {
        sub.pause();
      };
      controller.onResume = () {
        sub.resume();
      };
      controller.onCancel = () => sub.cancel();
    }, isBroadcast, true, false);
  }

  Stream<E> asyncExpand<E>(Stream<E>? convert(T event)) {
    var source = this;
    return _MultiStream<E>((StreamController<E> controller) {
      late StreamSubscription<T> sub;
      sub = source.listen((T event) {
        Stream<E>? inner;
        try {
          inner = convert(event);
        } catch (e, s) {
          controller.addError(e, s);
          return;
        }
        if (inner != null) {
          sub.pause();
          controller.addStream(inner).whenComplete(sub.resume);
        }
      }, onError: controller.addError, onDone: controller.close);
      controller.onPause = () {
        sub.pause();
      };
      controller.onResume = () {
        sub.resume();
      };
      controller.onCancel = () => sub.cancel();
    }, isBroadcast, true, false);
  }

  Stream<T> handleError(Function onError, {bool test(error)?}) => _derive<T>(
      (T e, out) => out.add(e), onError: (Object e, StackTrace s, out) {
        if (test != null && !test(e)) {
          out.addError(e, s);
          return;
        }
        if (_takesTwoArguments(onError)) {
          onError(e, s);
        } else {
          onError(e);
        }
      });

  Stream<T> take(int count) {
    var source = this;
    return _MultiStream<T>((StreamController<T> controller) {
      if (count <= 0) {
        controller.close();
        return;
      }
      int remaining = count;
      late StreamSubscription<T> sub;
      sub = source.listen((T e) {
        controller.add(e);
        if (--remaining == 0) {
          sub.cancel();
          controller.close();
        }
      }, onError: controller.addError, onDone: controller.close);
      controller.onPause = () {
        sub.pause();
      };
      controller.onResume = () {
        sub.resume();
      };
      controller.onCancel = () => sub.cancel();
    }, isBroadcast);
  }

  Stream<T> skip(int count) {
    int remaining = count;
    return _derive<T>((T e, out) {
      if (remaining > 0) {
        remaining--;
      } else {
        out.add(e);
      }
    });
  }

  Stream<T> takeWhile(bool test(T element)) {
    var source = this;
    return _MultiStream<T>((StreamController<T> controller) {
      late StreamSubscription<T> sub;
      sub = source.listen((T e) {
        bool keep;
        try {
          keep = test(e);
        } catch (error, s) {
          controller.addError(error, s);
          return;
        }
        if (keep) {
          controller.add(e);
        } else {
          sub.cancel();
          controller.close();
        }
      }, onError: controller.addError, onDone: controller.close);
      controller.onCancel = () => sub.cancel();
    }, isBroadcast);
  }

  Stream<T> skipWhile(bool test(T element)) {
    bool skipping = true;
    return _derive<T>((T e, out) {
      if (skipping && test(e)) return;
      skipping = false;
      out.add(e);
    });
  }

  Stream<T> distinct([bool equals(T previous, T next)?]) {
    bool first = true;
    late T previous;
    return _derive<T>((T e, out) {
      if (!first && (equals == null ? previous == e : equals(previous, e))) return;
      first = false;
      previous = e;
      out.add(e);
    });
  }

  Stream<R> cast<R>() => map<R>((T e) => e as R);

  Stream<T> asBroadcastStream(
      {void onListen(StreamSubscription<T> subscription)?,
      void onCancel(StreamSubscription<T> subscription)?}) {
    return _AsBroadcastStream<T>(this, onListen, onCancel);
  }

  Stream<S> transform<S>(StreamTransformer<T, S> streamTransformer) =>
      streamTransformer.bind(this);

  Stream<T> timeout(Duration timeLimit, {void onTimeout(EventSink<T> sink)?}) {
    var source = this;
    return _MultiStream<T>((StreamController<T> controller) {
      // As in Dart: a timeout fires once (an event or a resume starts a new countdown), and
      // the next countdown starts before an event is forwarded, which may cancel it.
      void onTime() {
        if (onTimeout == null) {
          controller.addError(TimeoutException("No stream event", timeLimit));
        } else {
          onTimeout(controller);
        }
      }

      Timer timer = Timer(timeLimit, onTime);
      var sub = source.listen((T e) {
        timer.cancel();
        timer = Timer(timeLimit, onTime);
        controller.add(e);
      }, onError: (Object e, StackTrace s) {
        timer.cancel();
        timer = Timer(timeLimit, onTime);
        controller.addError(e, s);
      }, onDone: () {
        timer.cancel();
        controller.close();
      });
      controller.onCancel = () {
        timer.cancel();
        return sub.cancel();
      };
      if (!isBroadcast) {
        controller.onPause = () {
          timer.cancel();
          sub.pause();
        };
        controller.onResume = () {
          sub.resume();
          timer = Timer(timeLimit, onTime);
        };
      }
    }, isBroadcast, true, false);
  }

  // ----- Futures -----

  Future<R> _collect<R>(void onData(T event, _Future<R> result, StreamSubscription<T> sub),
      void onDone(_Future<R> result)) {
    _Future<R> result = _Future<R>();
    late StreamSubscription<T> sub;
    sub = listen((T event) {
      try {
        onData(event, result, sub);
      } catch (e, s) {
        _cancelAndError(sub, result, e, s);
      }
    }, onError: result._completeError, onDone: () {
      try {
        onDone(result);
      } catch (e, s) {
        result._completeError(e, s);
      }
    }, cancelOnError: true);
    return result;
  }

  Future<List<T>> toList() {
    List<T> list = <T>[];
    return _collect<List<T>>((T e, r, s) => list.add(e), (r) => r._complete(list));
  }

  Future<Set<T>> toSet() {
    Set<T> set = <T>{};
    return _collect<Set<T>>((T e, r, s) => set.add(e), (r) => r._complete(set));
  }

  Future<void> forEach(void action(T element)) =>
      _collect<void>((T e, r, s) => action(e), (r) => r._complete(null));

  Future<S> fold<S>(S initialValue, S combine(S previous, T element)) {
    S value = initialValue;
    return _collect<S>((T e, r, s) {
      value = combine(value, e);
    }, (r) => r._complete(value));
  }

  Future<T> reduce(T combine(T previous, T element)) {
    bool seen = false;
    late T value;
    return _collect<T>((T e, r, s) {
      if (seen) {
        value = combine(value, e);
      } else {
        value = e;
        seen = true;
      }
    }, (r) {
      if (!seen) throw StateError("No element");
      r._complete(value);
    });
  }

  Future<String> join([String separator = ""]) {
    StringBuffer buffer = StringBuffer();
    bool first = true;
    return _collect<String>((T e, r, s) {
      if (!first) buffer.write(separator);
      first = false;
      buffer.write(e);
    }, (r) => r._complete(buffer.toString()));
  }

  Future<bool> contains(Object? needle) => _collect<bool>((T e, r, s) {
        if (e == needle) _cancelAndValue(s, r, true);
      }, (r) => r._complete(false));

  Future<bool> any(bool test(T element)) => _collect<bool>((T e, r, s) {
        if (test(e)) _cancelAndValue(s, r, true);
      }, (r) => r._complete(false));

  Future<bool> every(bool test(T element)) => _collect<bool>((T e, r, s) {
        if (!test(e)) _cancelAndValue(s, r, false);
      }, (r) => r._complete(true));

  Future<int> get length {
    int count = 0;
    return _collect<int>((T e, r, s) {
      count++;
    }, (r) => r._complete(count));
  }

  Future<bool> get isEmpty => _collect<bool>((T e, r, s) {
        _cancelAndValue(s, r, false);
      }, (r) => r._complete(true));

  Future<T> get first => _collect<T>((T e, r, s) {
        _cancelAndValue(s, r, e);
      }, (r) => throw StateError("No element"));

  Future<T> get last {
    bool seen = false;
    late T value;
    return _collect<T>((T e, r, s) {
      seen = true;
      value = e;
    }, (r) {
      if (!seen) throw StateError("No element");
      r._complete(value);
    });
  }

  Future<T> get single {
    bool seen = false;
    late T value;
    return _collect<T>((T e, r, s) {
      if (seen) throw StateError("Too many elements");
      seen = true;
      value = e;
    }, (r) {
      if (!seen) throw StateError("No element");
      r._complete(value);
    });
  }

  Future<T> firstWhere(bool test(T element), {T orElse()?}) => _collect<T>((T e, r, s) {
        if (test(e)) _cancelAndValue(s, r, e);
      }, (r) {
        if (orElse != null) {
          r._complete(orElse());
          return;
        }
        throw StateError("No element");
      });

  Future<T> lastWhere(bool test(T element), {T orElse()?}) {
    bool seen = false;
    late T value;
    return _collect<T>((T e, r, s) {
      if (test(e)) {
        seen = true;
        value = e;
      }
    }, (r) {
      if (seen) {
        r._complete(value);
      } else if (orElse != null) {
        r._complete(orElse());
      } else {
        throw StateError("No element");
      }
    });
  }

  Future<T> singleWhere(bool test(T element), {T orElse()?}) {
    bool seen = false;
    late T value;
    return _collect<T>((T e, r, s) {
      if (test(e)) {
        if (seen) throw StateError("Too many elements");
        seen = true;
        value = e;
      }
    }, (r) {
      if (seen) {
        r._complete(value);
      } else if (orElse != null) {
        r._complete(orElse());
      } else {
        throw StateError("No element");
      }
    });
  }

  Future<T> elementAt(int index) {
    RangeError.checkNotNegative(index, "index");
    int i = 0;
    return _collect<T>((T e, r, s) {
      if (i == index) _cancelAndValue(s, r, e);
      i++;
    }, (r) {
      throw RangeError.index(index, this, "index", null, i);
    });
  }

  Future<E> drain<E>([E? futureValue]) => _collect<E>((T e, r, s) {}, (r) => r._complete(futureValue));

  Future pipe(StreamConsumer<T> streamConsumer) =>
      streamConsumer.addStream(this).then((_) => streamConsumer.close());
}

void _cancelAndValue(StreamSubscription subscription, _Future future, Object? value) {
  var cancelFuture = subscription.cancel();
  if (cancelFuture is Future && !identical(cancelFuture, _nullFuture)) {
    cancelFuture.whenComplete(() => future._complete(value));
  } else {
    future._complete(value);
  }
}

void _cancelAndError(StreamSubscription subscription, _Future future, Object error, StackTrace s) {
  var cancelFuture = subscription.cancel();
  if (cancelFuture is Future && !identical(cancelFuture, _nullFuture)) {
    cancelFuture.whenComplete(() => future._completeError(error, s));
  } else {
    future._completeError(error, s);
  }
}

abstract class StreamConsumer<S> {
  Future addStream(Stream<S> stream);
  Future close();
}

// A stream whose every listen runs [_onListen] with a fresh controller: synchronous for the
// streams dart:async builds this way, asynchronous (a MultiStreamController) for Stream.multi.
// [_forwarding]: the stream stands in for one of Dart's forwarding streams (map, where, take,
// ...), whose cancel future is the source's own; asyncMap, asyncExpand and timeout are
// controllers in Dart, whose cancel waits one more step (_StreamController._cancelled).
class _MultiStream<T> extends Stream<T> {
  final bool _isBroadcast;
  final bool _sync;
  final bool _forwarding;
  final void Function(StreamController<T>) _onListen;
  _MultiStream(this._onListen,
      [this._isBroadcast = false, this._sync = true, this._forwarding = true]);

  bool get isBroadcast => _isBroadcast;

  StreamSubscription<T> listen(void onData(T event)?,
      {Function? onError, void onDone()?, bool? cancelOnError}) {
    var controller = _sync
        ? (_StreamController<T>(true, false).._forwarding = _forwarding)
        : _MultiStreamController<T>();
    controller.onListen = () {
      _onListen(controller);
    };
    return controller.stream
        .listen(onData, onError: onError, onDone: onDone, cancelOnError: cancelOnError);
  }
}

class _EmptyStream<T> extends Stream<T> {
  final bool _broadcast;
  _EmptyStream(this._broadcast);
  bool get isBroadcast => _broadcast;
  StreamSubscription<T> listen(void onData(T event)?,
      {Function? onError, void onDone()?, bool? cancelOnError}) {
    var sub = _Subscription<T>(null, onData, onError, onDone, cancelOnError ?? false);
    sub._addEvent(_Event(_Event.kDone, null, null), false);
    return sub;
  }
}

abstract class StreamTransformer<S, T> {
  factory StreamTransformer.fromHandlers(
      {void handleData(S data, EventSink<T> sink)?,
      void handleError(Object error, StackTrace stackTrace, EventSink<T> sink)?,
      void handleDone(EventSink<T> sink)?}) = _HandlerTransformer<S, T>;

  factory StreamTransformer.fromBind(Stream<T> Function(Stream<S>) bind) =
      _BindTransformer<S, T>;

  /// [source] seen as a transformer from TS to TT: its input is cast to SS, its output to TT.
  /// (A closure, not a class, because a function's type arguments are reified and a class's
  /// are not.)
  static StreamTransformer<TS, TT> castFrom<SS, ST, TS, TT>(StreamTransformer<SS, ST> source) =>
      _BindTransformer<TS, TT>((Stream<TS> stream) => source.bind(stream.cast<SS>()).cast<TT>());

  Stream<T> bind(Stream<S> stream);

  StreamTransformer<RS, RT> cast<RS, RT>();
}

class _BindTransformer<S, T> extends StreamTransformerBase<S, T> {
  final Stream<T> Function(Stream<S>) _bind;
  _BindTransformer(this._bind);
  Stream<T> bind(Stream<S> stream) => _bind(stream);
}

abstract class StreamTransformerBase<S, T> implements StreamTransformer<S, T> {
  const StreamTransformerBase();

  StreamTransformer<RS, RT> cast<RS, RT>() => StreamTransformer.castFrom<S, T, RS, RT>(this);
}

// The stream Stream.eventTransformed makes. Each listen calls the mapper with a sink that feeds
// the new subscription (a mapper that throws makes listen throw, as in Dart), then listens to
// the source and passes its events through the mapped sink, synchronously. What the mapped sink
// throws becomes an error event; pause, resume and cancel go to the source's subscription.
class _BoundSinkStream<T> extends Stream<T> {
  final Stream<dynamic> _source;
  final EventSink<dynamic> Function(EventSink<T>) _mapSink;

  _BoundSinkStream(this._source, this._mapSink);

  bool get isBroadcast => _source.isBroadcast;

  StreamSubscription<T> listen(void onData(T event)?,
      {Function? onError, void onDone()?, bool? cancelOnError}) {
    var controller = _StreamController<T>(true, false).._forwarding = true;
    var output = _TransformerOutputSink<T>(controller);
    EventSink<dynamic> input = _mapSink(output);
    StreamSubscription<dynamic>? source;
    bool cancelled = false;
    controller.onPause = () {
      source?.pause();
    };
    controller.onResume = () {
      source?.resume();
    };
    controller.onCancel = () {
      cancelled = true;
      var current = source;
      if (current == null) return null;
      source = null;
      return current.cancel();
    };
    var subscription = controller.stream
        .listen(onData, onError: onError, onDone: onDone, cancelOnError: cancelOnError);
    var sourceSubscription = _source.listen((dynamic data) {
      try {
        input.add(data);
      } catch (e, s) {
        output.addError(e, s);
      }
    }, onError: (Object error, StackTrace stackTrace) {
      try {
        input.addError(error, stackTrace);
      } catch (e, s) {
        if (identical(e, error)) {
          output.addError(error, stackTrace);
        } else {
          output.addError(e, s);
        }
      }
    }, onDone: () {
      source = null;
      try {
        input.close();
      } catch (e, s) {
        output.addError(e, s);
      }
    });
    // The listener may have cancelled during an event the source delivered while listened to.
    if (cancelled) {
      sourceSubscription.cancel();
    } else {
      source = sourceSubscription;
    }
    return subscription;
  }
}

// The sink a Stream.eventTransformed mapper writes its output to: after close, every call is a
// StateError (the mapper broke the protocol), as in Dart.
class _TransformerOutputSink<T> implements EventSink<T> {
  final _StreamController<T> _controller;
  _TransformerOutputSink(this._controller);

  void add(T data) {
    if (_controller.isClosed) throw StateError("Stream is already closed");
    _controller.add(data);
  }

  void addError(Object error, [StackTrace? stackTrace]) {
    if (_controller.isClosed) throw StateError("Stream is already closed");
    _controller.addError(error, stackTrace);
  }

  void close() {
    if (_controller.isClosed) throw StateError("Stream is already closed");
    _controller.close();
  }
}

class _HandlerTransformer<S, T> extends StreamTransformerBase<S, T> {
  final Function? _handleData;
  final Function? _handleError;
  final Function? _handleDone;
  _HandlerTransformer({handleData, handleError, handleDone})
      : _handleData = handleData,
        _handleError = handleError,
        _handleDone = handleDone;

  Stream<T> bind(Stream<S> stream) => stream._derive<T>((S e, out) {
        var f = _handleData;
        if (f == null) {
          out.add(e as dynamic);
        } else {
          f(e, out);
        }
      }, onError: (Object e, StackTrace s, out) {
        var f = _handleError;
        if (f == null) {
          out.addError(e, s);
        } else {
          f(e, s, out);
        }
      }, onDone: (out) {
        var f = _handleDone;
        if (f == null) {
          out.close();
        } else {
          f(out);
        }
      });
}

abstract class StreamIterator<T> {
  factory StreamIterator(Stream<T> stream) => _StreamIterator<T>(stream);
  Future<bool> moveNext();
  T get current;
  Future cancel();
}

class _StreamIterator<T> implements StreamIterator<T> {
  StreamSubscription<T>? _subscription;
  Object? _stateData;  // The stream before the first moveNext, then the current value.
  bool _hasValue = false;
  bool _started = false;
  _Future<bool>? _pending;

  _StreamIterator(Stream<T> stream) : _stateData = stream;

  T get current {
    if (_hasValue) return _stateData as T;
    return null as dynamic;
  }

  Future<bool> moveNext() {
    if (_pending != null) throw StateError("Already waiting for next.");
    if (!_started) {
      _started = true;
      Stream<T> stream = _stateData as Stream<T>;
      _stateData = null;
      _Future<bool> future = _Future<bool>();
      _pending = future;
      _subscription = stream.listen(_onData, onError: _onError, onDone: _onDone);
      return future;
    }
    var sub = _subscription;
    if (sub == null) return _Future<bool>.immediate(false);
    _hasValue = false;
    _Future<bool> future = _Future<bool>();
    _pending = future;
    sub.resume();
    return future;
  }

  Future cancel() {
    var sub = _subscription;
    _stateData = null;
    _hasValue = false;
    if (sub != null) {
      _subscription = null;
      var pending = _pending;
      _pending = null;
      if (pending != null) pending._complete(false);
      return sub.cancel();
    }
    return _nullFuture;
  }

  void _onData(T data) {
    var pending = _pending;
    if (pending == null) return;
    _pending = null;
    _stateData = data;
    _hasValue = true;
    pending._complete(true);
    if (_hasValue && _subscription != null) _subscription!.pause();
  }

  void _onError(Object error, StackTrace stackTrace) {
    var sub = _subscription;
    var pending = _pending;
    _subscription = null;
    _pending = null;
    _stateData = null;
    _hasValue = false;
    if (sub != null) sub.cancel();
    if (pending != null) pending._completeError(error, stackTrace);
  }

  void _onDone() {
    var pending = _pending;
    _subscription = null;
    _pending = null;
    _stateData = null;
    _hasValue = false;
    if (pending != null) pending._complete(false);
  }
}

// Stream.asBroadcastStream: one subscription to the source, made at the first listen and kept
// (paused, resumed or cancelled only through the wrapper that onListen and onCancel get, as in
// Dart). Once the source is done or that subscription is cancelled, a listen gets only done.
class _AsBroadcastStream<T> extends Stream<T> {
  final Stream<T> _source;
  final void Function(StreamSubscription<T>)? _onListenHandler;
  final void Function(StreamSubscription<T>)? _onCancelHandler;
  _StreamController<T>? _controller = _StreamController<T>(true, true);
  StreamSubscription<T>? _subscription;

  _AsBroadcastStream(this._source, this._onListenHandler, this._onCancelHandler) {
    _controller!.onListen = _onListen;
    _controller!.onCancel = _onCancel;
  }

  bool get isBroadcast => true;

  StreamSubscription<T> listen(void onData(T event)?,
      {Function? onError, void onDone()?, bool? cancelOnError}) {
    var controller = _controller;
    if (controller == null || controller.isClosed) {
      return _EmptyStream<T>(true).listen(null, onDone: onDone);
    }
    _subscription ??= _source.listen(controller.add,
        onError: controller.addError, onDone: controller.close);
    return controller.stream
        .listen(onData, onError: onError, onDone: onDone, cancelOnError: cancelOnError);
  }

  void _onListen() {
    var handler = _onListenHandler;
    if (handler != null) handler(_AsBroadcastSubscription<T>(this));
  }

  void _onCancel() {
    var controller = _controller;
    bool shutdown = controller == null || controller.isClosed;
    var handler = _onCancelHandler;
    if (handler != null) handler(_AsBroadcastSubscription<T>(this));
    if (shutdown) {
      _subscription?.cancel();
      _subscription = null;
    }
  }

  void _cancelSubscription() {
    var subscription = _subscription;
    if (subscription == null) return;
    _subscription = null;
    _controller = null;
    subscription.cancel();
  }
}

// What asBroadcastStream's onListen and onCancel get: control of the source subscription only.
class _AsBroadcastSubscription<T> implements StreamSubscription<T> {
  final _AsBroadcastStream<T> _stream;
  _AsBroadcastSubscription(this._stream);

  Never _handlersFixed() => throw UnsupportedError(
      "Cannot change handlers of asBroadcastStream source subscription.");

  void onData(void handleData(T data)?) => _handlersFixed();
  void onError(Function? handleError) => _handlersFixed();
  void onDone(void handleDone()?) => _handlersFixed();
  Future<E> asFuture<E>([E? futureValue]) => _handlersFixed();

  void pause([Future<void>? resumeSignal]) {
    _stream._subscription?.pause(resumeSignal);
  }

  void resume() {
    _stream._subscription?.resume();
  }

  Future<void> cancel() {
    _stream._cancelSubscription();
    return _nullFuture as Future<void>;
  }

  bool get isPaused => _stream._subscription?.isPaused ?? false;
}
