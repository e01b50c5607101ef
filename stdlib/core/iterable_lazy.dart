// The lazy iterables behind Iterable.map/where/expand/take/skip/takeWhile/skipWhile/followedBy,
// Iterable.generate/empty,
// Iterable.withIterator, Iterable.indexed and nonNulls, List.reversed and List.getRange. Each computes elements only while
// iterated, as in Dart, and prints like any Iterable: "(1, 2, 3)".
// Does not own the eager members of Iterable (iterable.dart).

class _MappedIterable<S, T> extends Iterable<T> {
  final Iterable<S> _source;
  final T Function(S element) _f;

  _MappedIterable(this._source, this._f);

  Iterator<T> get iterator => _MappedIterator<S, T>(_source.iterator, _f);

  int get length => _source.length;

  bool get isEmpty => _source.isEmpty;

  T get first => _f(_source.first);

  T get last => _f(_source.last);

  T get single => _f(_source.single);

  T elementAt(int index) => _f(_source.elementAt(index));

  // Over a List, as Dart's MappedListIterable: skip and take map only the elements they
  // return, and lastWhere maps from the end.
  Iterable<T> skip(int count) {
    if (_source is! List) return super.skip(count);
    RangeError.checkNotNegative(count, "start");
    return _SubListIterable<T>(this, count, null);
  }

  Iterable<T> take(int count) {
    if (_source is! List) return super.take(count);
    RangeError.checkNotNegative(count, "end");
    return _SubListIterable<T>(this, 0, count);
  }

  T lastWhere(bool Function(T element) test, {T Function()? orElse}) {
    if (_source is! List) return super.lastWhere(test, orElse: orElse);
    int count = length;
    for (int i = count - 1; i >= 0; i--) {
      T element = elementAt(i);
      if (test(element)) return element;
      if (count != length) throw ConcurrentModificationError(this);
    }
    if (orElse != null) return orElse();
    throw StateError("No element");
  }
}

// The elements [_start, _end) of an iterable with indexed access (a mapped List), read through
// elementAt only when iterated; without an end it runs to the source's current length.
class _SubListIterable<E> extends Iterable<E> {
  final Iterable<E> _source;
  final int _start;
  final int? _end;

  _SubListIterable(this._source, this._start, this._end);

  int get length {
    int sourceLength = _source.length;
    int? end = _end;
    int stop = end == null || end > sourceLength ? sourceLength : end;
    return stop > _start ? stop - _start : 0;
  }

  E elementAt(int index) {
    IndexError.check(index, length, indexable: this);
    return _source.elementAt(_start + index);
  }

  Iterable<E> skip(int count) {
    RangeError.checkNotNegative(count, "start");
    int? end = _end;
    return _SubListIterable<E>(_source, _start + count, end);
  }

  Iterable<E> take(int count) {
    RangeError.checkNotNegative(count, "end");
    int? end = _end;
    int newEnd = _start + count;
    return _SubListIterable<E>(_source, _start, end != null && end < newEnd ? end : newEnd);
  }

  Iterator<E> get iterator => _SubListIterator<E>(this);
}

class _SubListIterator<E> implements Iterator<E> {
  final _SubListIterable<E> _iterable;
  final int _length;
  int _index = 0;
  E? _current;

  _SubListIterator(this._iterable) : _length = _iterable.length;

  bool moveNext() {
    if (_iterable.length != _length) throw ConcurrentModificationError(_iterable);
    if (_index >= _length) {
      _current = null;
      return false;
    }
    _current = _iterable.elementAt(_index);
    _index++;
    return true;
  }

  E get current => _current as E;
}

class _MappedIterator<S, T> implements Iterator<T> {
  final Iterator<S> _source;
  final T Function(S element) _f;
  T? _current;

  _MappedIterator(this._source, this._f);

  bool moveNext() {
    if (_source.moveNext()) {
      _current = _f(_source.current);
      return true;
    }
    _current = null;
    return false;
  }

  T get current => _current;
}

class _WhereIterable<E> extends Iterable<E> {
  final Iterable<E> _source;
  final bool Function(E element) _test;

  _WhereIterable(this._source, this._test);

  Iterator<E> get iterator => _WhereIterator<E>(_source.iterator, _test);
}

class _WhereIterator<E> implements Iterator<E> {
  final Iterator<E> _source;
  final bool Function(E element) _test;

  _WhereIterator(this._source, this._test);

  bool moveNext() {
    while (_source.moveNext()) {
      if (_test(_source.current)) return true;
    }
    return false;
  }

  E get current => _source.current;
}

class _ExpandIterable<S, T> extends Iterable<T> {
  final Iterable<S> _source;
  final Iterable<T> Function(S element) _f;

  _ExpandIterable(this._source, this._f);

  Iterator<T> get iterator => _ExpandIterator<S, T>(_source.iterator, _f);
}

class _ExpandIterator<S, T> implements Iterator<T> {
  final Iterator<S> _source;
  final Iterable<T> Function(S element) _f;
  Iterator<T>? _inner;
  T? _current;

  _ExpandIterator(this._source, this._f);

  bool moveNext() {
    while (true) {
      Iterator<T>? inner = _inner;
      if (inner != null && inner.moveNext()) {
        _current = inner.current;
        return true;
      }
      _current = null;
      if (!_source.moveNext()) return false;
      _inner = _f(_source.current).iterator;
    }
  }

  T get current => _current;
}

class _TakeIterable<E> extends Iterable<E> {
  final Iterable<E> _source;
  final int _count;

  _TakeIterable(this._source, this._count);

  Iterator<E> get iterator => _TakeIterator<E>(_source.iterator, _count);
}

class _TakeIterator<E> implements Iterator<E> {
  final Iterator<E> _source;
  int _remaining;

  _TakeIterator(this._source, this._remaining);

  bool moveNext() {
    _remaining--;
    if (_remaining >= 0) return _source.moveNext();
    _remaining = -1;
    return false;
  }

  E get current {
    if (_remaining < 0) return null;
    return _source.current;
  }
}

class _SkipIterable<E> extends Iterable<E> {
  final Iterable<E> _source;
  final int _count;

  _SkipIterable(this._source, this._count);

  Iterator<E> get iterator => _SkipIterator<E>(_source.iterator, _count);
}

class _SkipIterator<E> implements Iterator<E> {
  final Iterator<E> _source;
  int _skip;

  _SkipIterator(this._source, this._skip);

  bool moveNext() {
    while (_skip > 0) {
      _skip--;
      if (!_source.moveNext()) return false;
    }
    return _source.moveNext();
  }

  E get current => _source.current;
}

class _TakeWhileIterable<E> extends Iterable<E> {
  final Iterable<E> _source;
  final bool Function(E element) _test;

  _TakeWhileIterable(this._source, this._test);

  Iterator<E> get iterator => _TakeWhileIterator<E>(_source.iterator, _test);
}

class _TakeWhileIterator<E> implements Iterator<E> {
  final Iterator<E> _source;
  final bool Function(E element) _test;
  bool _done = false;

  _TakeWhileIterator(this._source, this._test);

  bool moveNext() {
    if (_done) return false;
    if (!_source.moveNext() || !_test(_source.current)) {
      _done = true;
      return false;
    }
    return true;
  }

  E get current {
    if (_done) return null;
    return _source.current;
  }
}

class _SkipWhileIterable<E> extends Iterable<E> {
  final Iterable<E> _source;
  final bool Function(E element) _test;

  _SkipWhileIterable(this._source, this._test);

  Iterator<E> get iterator => _SkipWhileIterator<E>(_source.iterator, _test);
}

class _SkipWhileIterator<E> implements Iterator<E> {
  final Iterator<E> _source;
  final bool Function(E element) _test;
  bool _skipping = true;

  _SkipWhileIterator(this._source, this._test);

  bool moveNext() {
    if (_skipping) {
      _skipping = false;
      while (_source.moveNext()) {
        if (!_test(_source.current)) return true;
      }
      return false;
    }
    return _source.moveNext();
  }

  E get current => _source.current;
}

class _FollowedByIterable<E> extends Iterable<E> {
  final Iterable<E> _first;
  final Iterable<E> _second;

  _FollowedByIterable(this._first, this._second);

  Iterator<E> get iterator => _FollowedByIterator<E>(_first.iterator, _second);

  int get length => _first.length + _second.length;
}

class _FollowedByIterator<E> implements Iterator<E> {
  Iterator<E> _current;
  Iterable<E>? _next;

  _FollowedByIterator(this._current, this._next);

  bool moveNext() {
    if (_current.moveNext()) return true;
    Iterable<E>? next = _next;
    if (next != null) {
      _current = next.iterator;
      _next = null;
      return _current.moveNext();
    }
    return false;
  }

  E get current => _current.current;
}

// Iterable.generate: element i is generator(_offset + i), computed only when read. As Dart's
// (a ListIterable), first, last, single, elementAt, skip and take compute only the elements
// they return, and lastWhere tries the elements from the end.
class _GeneratorIterable<E> extends Iterable<E> {
  final int length;
  final E Function(int index)? _generator;
  final int _offset;

  _GeneratorIterable(this.length, this._generator, [this._offset = 0]);

  Iterator<E> get iterator => _GeneratorIterator<E>(this);

  bool get isEmpty => length == 0;

  bool get isNotEmpty => length != 0;

  E get first {
    if (length == 0) throw StateError("No element");
    return _generate(0);
  }

  E get last {
    if (length == 0) throw StateError("No element");
    return _generate(length - 1);
  }

  E get single {
    if (length == 0) throw StateError("No element");
    if (length > 1) throw StateError("Too many elements");
    return _generate(0);
  }

  E elementAt(int index) {
    IndexError.check(index, length, indexable: this);
    return _generate(index);
  }

  E lastWhere(bool Function(E element) test, {E Function()? orElse}) {
    for (int i = length - 1; i >= 0; i--) {
      E element = _generate(i);
      if (test(element)) return element;
    }
    if (orElse != null) return orElse();
    throw StateError("No element");
  }

  // The argument names of the errors are those of Dart's SubListIterable.
  Iterable<E> skip(int count) {
    RangeError.checkNotNegative(count, "start");
    int skipped = count < length ? count : length;
    return _GeneratorIterable<E>(length - skipped, _generator, _offset + skipped);
  }

  Iterable<E> take(int count) {
    RangeError.checkNotNegative(count, "end");
    return _GeneratorIterable<E>(count < length ? count : length, _generator, _offset);
  }

  E _generate(int index) {
    E Function(int index)? generator = _generator;
    if (generator == null) return (_offset + index) as E;
    return generator(_offset + index);
  }
}

class _GeneratorIterator<E> implements Iterator<E> {
  final _GeneratorIterable<E> _iterable;
  int _index = 0;
  E? _current;

  _GeneratorIterator(this._iterable);

  bool moveNext() {
    if (_index < _iterable.length) {
      _current = _iterable._generate(_index);
      _index++;
      return true;
    }
    _current = null;
    return false;
  }

  E get current => _current;
}

class _EmptyIterable<E> extends Iterable<E> {
  const _EmptyIterable();

  Iterator<E> get iterator => _EmptyIterator<E>();

  int get length => 0;

  bool get isEmpty => true;
}

class _EmptyIterator<E> implements Iterator<E> {
  const _EmptyIterator();

  bool moveNext() => false;

  E get current => null;
}

// List.reversed: a live view that reads the list from its end.
class _ReversedListIterable<E> extends Iterable<E> {
  final List<E> _list;

  _ReversedListIterable(this._list);

  Iterator<E> get iterator => _ListRangeIterator<E>(_list, _list.length - 1, -1, -1);

  int get length => _list.length;

  bool get isEmpty => _list.isEmpty;

  E elementAt(int index) {
    IndexError.check(index, _list.length, indexable: this);
    return _list[_list.length - 1 - index];
  }
}

// List.getRange: a live view of list[start..end).
class _ListRangeIterable<E> extends Iterable<E> {
  final List<E> _list;
  final int _start;
  final int _end;

  _ListRangeIterable(this._list, this._start, this._end);

  Iterator<E> get iterator => _ListRangeIterator<E>(_list, _start, _end, 1);

  int get length => _end - _start;

  E elementAt(int index) {
    IndexError.check(index, _end - _start, indexable: this);
    return _list[_start + index];
  }
}

// Walks list indices from [_next] by [_step] until [_stop]; throws ConcurrentModificationError
// if the list's length changes meanwhile.
class _ListRangeIterator<E> implements Iterator<E> {
  final List<E> _list;
  final int _length;
  final int _stop;
  final int _step;
  int _next;
  E? _current;

  _ListRangeIterator(List<E> list, this._next, this._stop, this._step)
      : _list = list,
        _length = list.length;

  bool moveNext() {
    if (_list.length != _length) throw ConcurrentModificationError(_list);
    if (_next == _stop) {
      _current = null;
      return false;
    }
    _current = _list[_next];
    _next += _step;
    return true;
  }

  E get current => _current;
}

class _IndexedIterable<T> extends Iterable<(int, T)> {
  final Iterable<T> _source;

  _IndexedIterable(this._source);

  Iterator<(int, T)> get iterator => _IndexedIterator<T>(_source.iterator);

  int get length => _source.length;

  bool get isEmpty => _source.isEmpty;
}

class _IndexedIterator<T> implements Iterator<(int, T)> {
  final Iterator<T> _source;
  int _index = -1;

  _IndexedIterator(this._source);

  bool moveNext() {
    if (_source.moveNext()) {
      _index++;
      return true;
    }
    _index = -1;
    return false;
  }

  (int, T) get current => (_index, _source.current);
}

class _NonNullsIterable<T extends Object> extends Iterable<T> {
  final Iterable<T?> _source;

  _NonNullsIterable(this._source);

  Iterator<T> get iterator => _NonNullsIterator<T>(_source.iterator);
}

class _NonNullsIterator<T extends Object> implements Iterator<T> {
  final Iterator<T?> _source;
  T? _current;

  _NonNullsIterator(this._source);

  bool moveNext() {
    while (_source.moveNext()) {
      T? element = _source.current;
      if (element != null) {
        _current = element;
        return true;
      }
    }
    _current = null;
    return false;
  }

  T get current => _current as T;
}

class _IteratorFactoryIterable<E> extends Iterable<E> {
  final Iterator<E> Function() _iteratorFactory;

  _IteratorFactoryIterable(this._iteratorFactory);

  Iterator<E> get iterator => _iteratorFactory();
}
