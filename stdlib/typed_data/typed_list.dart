// The shared implementation of the typed lists: _TypedListBase, a fixed-length List over
// (buffer, offsetInBytes, length, kind) with every List member written once, with the Dart VM's
// error texts ("Cannot add to a fixed-length list"). Element reads and writes are natives that
// convert per element kind (typed_data_natives.cc); bulk copies between compatible lists and from
// VM lists are one native call. Does not own the public classes (typed_lists.dart).

abstract class _TypedListBase<E> extends Iterable<E> implements List<E>, TypedData {
  // Slots 0-3 are read by the natives (typed_data_natives.cc): keep them first and in order.
  final Object _data;
  final int _offsetInBytes;
  final int _length;
  final int _kind;
  final _ByteBuffer _buffer;

  _TypedListBase(_ByteBuffer buffer, this._offsetInBytes, this._length, this._kind)
      : _data = buffer._data,
        _buffer = buffer;

  // A new list of this list's class with [length] zero elements.
  _TypedListBase<E> _createList(int length);

  external E operator [](int index);
  external void operator []=(int index, E value);

  // Copies [count] elements from [from] (from index [skipCount]) to this list at [start] when
  // [from] is a VM list or a typed list of compatible kind; false when the caller must copy
  // element by element. The ranges are checked by the caller.
  external bool _setRangeFast(int start, int count, Object from, int skipCount);

  int get length => _length;

  set length(int newLength) {
    throw UnsupportedError("Cannot resize a fixed-length list");
  }

  int get offsetInBytes => _offsetInBytes;

  int get lengthInBytes => _length * elementSizeInBytes;

  ByteBuffer get buffer => _buffer;

  Iterator<E> get iterator => _TypedListIterator<E>(this);

  bool get isEmpty => _length == 0;

  bool get isNotEmpty => _length != 0;

  E get first {
    if (_length > 0) return this[0];
    throw StateError("No element");
  }

  set first(E value) {
    if (_length == 0) throw StateError("Too few elements");
    this[0] = value;
  }

  E get last {
    if (_length > 0) return this[_length - 1];
    throw StateError("No element");
  }

  set last(E value) {
    if (_length == 0) throw StateError("Too few elements");
    this[_length - 1] = value;
  }

  E get single {
    if (_length == 1) return this[0];
    if (_length == 0) throw StateError("No element");
    throw StateError("Too many elements");
  }

  E elementAt(int index) => this[index];

  bool contains(Object? element) {
    int n = _length;
    for (int i = 0; i < n; i++) {
      if (this[i] == element) return true;
    }
    return false;
  }

  void forEach(void Function(E element) action) {
    int n = _length;
    for (int i = 0; i < n; i++) {
      action(this[i]);
    }
  }

  int indexOf(Object? element, [int start = 0]) {
    if (start >= _length) return -1;
    if (start < 0) start = 0;
    for (int i = start; i < _length; i++) {
      if (this[i] == element) return i;
    }
    return -1;
  }

  int lastIndexOf(Object? element, [int? start]) {
    int i = (start == null || start >= _length) ? _length - 1 : start;
    for (; i >= 0; i--) {
      if (this[i] == element) return i;
    }
    return -1;
  }

  int indexWhere(bool Function(E element) test, [int start = 0]) {
    if (start < 0) start = 0;
    for (int i = start; i < _length; i++) {
      if (test(this[i])) return i;
    }
    return -1;
  }

  int lastIndexWhere(bool Function(E element) test, [int? start]) {
    int i = (start == null || start >= _length) ? _length - 1 : start;
    for (; i >= 0; i--) {
      if (test(this[i])) return i;
    }
    return -1;
  }

  E reduce(E Function(E value, E element) combine) {
    int n = _length;
    if (n == 0) throw StateError("No element");
    E value = this[0];
    for (int i = 1; i < n; i++) {
      value = combine(value, this[i]);
    }
    return value;
  }

  T fold<T>(T initialValue, T Function(T previousValue, E element) combine) {
    T value = initialValue;
    int n = _length;
    for (int i = 0; i < n; i++) {
      value = combine(value, this[i]);
    }
    return value;
  }

  bool every(bool Function(E element) test) {
    int n = _length;
    for (int i = 0; i < n; i++) {
      if (!test(this[i])) return false;
    }
    return true;
  }

  bool any(bool Function(E element) test) {
    int n = _length;
    for (int i = 0; i < n; i++) {
      if (test(this[i])) return true;
    }
    return false;
  }

  void add(E value) {
    throw UnsupportedError("Cannot add to a fixed-length list");
  }

  void addAll(Iterable<E> iterable) {
    throw UnsupportedError("Cannot add to a fixed-length list");
  }

  void insert(int index, E element) {
    throw UnsupportedError("Cannot insert into a fixed-length list");
  }

  void insertAll(int index, Iterable<E> iterable) {
    throw UnsupportedError("Cannot insert into a fixed-length list");
  }

  bool remove(Object? value) {
    throw UnsupportedError("Cannot remove from a fixed-length list");
  }

  E removeAt(int index) {
    throw UnsupportedError("Cannot remove from a fixed-length list");
  }

  E removeLast() {
    throw UnsupportedError("Cannot remove from a fixed-length list");
  }

  void removeRange(int start, int end) {
    throw UnsupportedError("Cannot remove from a fixed-length list");
  }

  void removeWhere(bool Function(E element) test) {
    throw UnsupportedError("Cannot remove from a fixed-length list");
  }

  void retainWhere(bool Function(E element) test) {
    throw UnsupportedError("Cannot remove from a fixed-length list");
  }

  void clear() {
    throw UnsupportedError("Cannot remove from a fixed-length list");
  }

  void replaceRange(int start, int end, Iterable<E> replacement) {
    throw UnsupportedError("Cannot remove from a fixed-length list");
  }

  List<E> sublist(int start, [int? end]) {
    int actualEnd = RangeError.checkValidRange(start, end, _length);
    int n = actualEnd - start;
    _TypedListBase<E> result = _createList(n);
    if (n > 0) result.setRange(0, n, this, start);
    return result;
  }

  Iterable<E> getRange(int start, int end) {
    RangeError.checkValidRange(start, end, _length);
    return _TypedRangeIterable<E>(this, start, end, false);
  }

  void setAll(int index, Iterable<E> iterable) {
    setRange(index, iterable.length + index, iterable);
  }

  void setRange(int start, int end, Iterable<E> iterable, [int skipCount = 0]) {
    RangeError.checkValidRange(start, end, _length);
    if (skipCount < 0) throw RangeError.range(skipCount, 0, null, "skipCount");
    int count = end - start;
    if (iterable is List) {
      if (iterable.length - skipCount < count) throw StateError("Too few elements");
      if (count == 0) return;
      if (_setRangeFast(start, count, iterable, skipCount)) return;
      List<E> from = iterable;
      if (identical(from, this) || (from is _TypedListBase && from._buffer == _buffer)) {
        // Overlapping views of one buffer: copy out first.
        from = List<E>.of(from.getRange(skipCount, skipCount + count), growable: false);
        skipCount = 0;
      }
      for (int i = 0; i < count; i++) {
        this[start + i] = from[skipCount + i];
      }
      return;
    }
    if (count == 0) return;
    Iterator<E> it = iterable.skip(skipCount).iterator;
    for (int i = start; i < end; i++) {
      if (!it.moveNext()) throw StateError("Too few elements");
      this[i] = it.current;
    }
  }

  void fillRange(int start, int end, [E? fillValue]) {
    RangeError.checkValidRange(start, end, _length);
    if (start == end) return;
    if (fillValue == null) throw ArgumentError.notNull("fillValue");
    for (int i = start; i < end; i++) {
      this[i] = fillValue;
    }
  }

  Iterable<E> get reversed => _TypedRangeIterable<E>(this, 0, _length, true);

  Map<int, E> asMap() => toList(growable: false).asMap();

  void sort([int Function(E a, E b)? compare]) {
    List<E> copy = toList();
    copy.sort(compare);
    _setRangeFast(0, _length, copy, 0);
  }

  void shuffle([Object? random]) {
    List<E> copy = toList();
    copy.shuffle(random);
    _setRangeFast(0, _length, copy, 0);
  }

  List<E> operator +(List<E> other) => <E>[...this, ...other];

  String join([String separator = ""]) {
    StringBuffer buffer = StringBuffer();
    int n = _length;
    for (int i = 0; i < n; i++) {
      if (i > 0) buffer.write(separator);
      buffer.write(this[i]);
    }
    return buffer.toString();
  }

  List<E> toList({bool growable = true}) {
    int n = _length;
    List<E> result = List<E>.filled(n, null, growable: growable);
    for (int i = 0; i < n; i++) {
      result[i] = this[i];
    }
    return result;
  }

  List<R> cast<R>() => this;

  String toString() => "[${join(", ")}]";
}

// The iterator of a typed list (fixed length, so no modification check).
class _TypedListIterator<E> implements Iterator<E> {
  final List<E> _list;
  final int _length;
  int _position = -1;
  E? _current;

  _TypedListIterator(List<E> list)
      : _list = list,
        _length = list.length;

  E get current => _current;

  bool moveNext() {
    int next = _position + 1;
    if (next < _length) {
      _current = _list[next];
      _position = next;
      return true;
    }
    _position = _length;
    _current = null;
    return false;
  }
}

// A live view of list[start..end), forwards or reversed (getRange, reversed).
class _TypedRangeIterable<E> extends Iterable<E> {
  final List<E> _list;
  final int _start;
  final int _end;
  final bool _reversed;

  _TypedRangeIterable(this._list, this._start, this._end, this._reversed);

  int get length => _end - _start;

  Iterator<E> get iterator => _TypedRangeIterator<E>(_list, _start, _end, _reversed);
}

class _TypedRangeIterator<E> implements Iterator<E> {
  final List<E> _list;
  final int _start;
  final int _end;
  final bool _reversed;
  int _count = 0;
  E? _current;

  _TypedRangeIterator(this._list, this._start, this._end, this._reversed);

  E get current => _current;

  bool moveNext() {
    if (_count >= _end - _start) {
      _current = null;
      return false;
    }
    _current = _list[_reversed ? _end - 1 - _count : _start + _count];
    _count++;
    return true;
  }
}
