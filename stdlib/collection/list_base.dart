// dart:collection ListMixin and ListBase: every List member written in terms of `length`,
// `length=`, `[]` and `[]=`, for user classes that implement lists (`with ListMixin<E>` or
// `extends ListBase<E>`). The other Iterable members run dart:core's on a view
// (iterable_base.dart); iteration throws ConcurrentModificationError when the length changes,
// as in Dart. Does not own UnmodifiableListView (unmodifiable.dart).

abstract mixin class ListMixin<E> implements List<E> {
  Iterator<E> get iterator => _ListBaseIterator<E>(this);

  E elementAt(int index) => this[index];

  Iterable<T> map<T>(T Function(E element) toElement) => _IterableOf<E>(this).map<T>(toElement);

  Iterable<E> where(bool Function(E element) test) => _IterableOf<E>(this).where(test);

  Iterable<T> expand<T>(Iterable<T> Function(E element) toElements) =>
      _IterableOf<E>(this).expand<T>(toElements);

  Iterable<E> followedBy(Iterable<E> other) => _IterableOf<E>(this).followedBy(other);

  Iterable<T> whereType<T>() => _IterableOf<E>(this).whereType<T>();

  E reduce(E Function(E value, E element) combine) => _IterableOf<E>(this).reduce(combine);

  T fold<T>(T initialValue, T Function(T previousValue, E element) combine) =>
      _IterableOf<E>(this).fold<T>(initialValue, combine);

  bool every(bool Function(E element) test) => _IterableOf<E>(this).every(test);

  bool any(bool Function(E element) test) => _IterableOf<E>(this).any(test);

  String join([String separator = ""]) => _IterableOf<E>(this).join(separator);

  Iterable<E> take(int count) => _IterableOf<E>(this).take(count);

  Iterable<E> takeWhile(bool Function(E value) test) => _IterableOf<E>(this).takeWhile(test);

  Iterable<E> skip(int count) => _IterableOf<E>(this).skip(count);

  Iterable<E> skipWhile(bool Function(E value) test) => _IterableOf<E>(this).skipWhile(test);

  E firstWhere(bool Function(E element) test, {E Function()? orElse}) =>
      _IterableOf<E>(this).firstWhere(test, orElse: orElse);

  E lastWhere(bool Function(E element) test, {E Function()? orElse}) =>
      _IterableOf<E>(this).lastWhere(test, orElse: orElse);

  E singleWhere(bool Function(E element) test, {E Function()? orElse}) =>
      _IterableOf<E>(this).singleWhere(test, orElse: orElse);


  void forEach(void Function(E element) action) {
    int n = length;
    for (int i = 0; i < n; i++) {
      action(this[i]);
      if (n != length) throw ConcurrentModificationError(this);
    }
  }

  bool get isEmpty => length == 0;

  bool get isNotEmpty => !isEmpty;

  E get first {
    if (length == 0) throw StateError("No element");
    return this[0];
  }

  set first(E value) {
    if (length == 0) throw StateError("No element");
    this[0] = value;
  }

  E get last {
    if (length == 0) throw StateError("No element");
    return this[length - 1];
  }

  set last(E value) {
    if (length == 0) throw StateError("No element");
    this[length - 1] = value;
  }

  E get single {
    if (length == 0) throw StateError("No element");
    if (length > 1) throw StateError("Too many elements");
    return this[0];
  }

  bool contains(Object? element) {
    int n = length;
    for (int i = 0; i < n; i++) {
      if (this[i] == element) return true;
      if (n != length) throw ConcurrentModificationError(this);
    }
    return false;
  }

  List<E> toList({bool growable = true}) => List<E>.of(this, growable: growable);

  Set<E> toSet() => Set<E>.of(this);

  void add(E element) {
    int n = length;
    length = n + 1;
    this[n] = element;
  }

  void addAll(Iterable<E> iterable) {
    int i = length;
    for (E element in iterable) {
      if (length != i) throw ConcurrentModificationError(this);
      add(element);
      i++;
    }
  }

  bool remove(Object? element) {
    for (int i = 0; i < length; i++) {
      if (this[i] == element) {
        _closeGap(i, i + 1);
        return true;
      }
    }
    return false;
  }

  // Moves the elements after [end] down to [start] and shortens the list.
  void _closeGap(int start, int end) {
    int n = length;
    int size = end - start;
    for (int i = end; i < n; i++) {
      this[i - size] = this[i];
    }
    length = n - size;
  }

  void removeWhere(bool Function(E element) test) {
    _filter(test, false);
  }

  void retainWhere(bool Function(E element) test) {
    _filter(test, true);
  }

  void _filter(bool Function(E element) test, bool retainMatching) {
    List<E> retained = <E>[];
    int n = length;
    for (int i = 0; i < n; i++) {
      E element = this[i];
      if (test(element) == retainMatching) retained.add(element);
      if (n != length) throw ConcurrentModificationError(this);
    }
    if (retained.length != n) {
      setRange(0, retained.length, retained);
      length = retained.length;
    }
  }

  void clear() {
    length = 0;
  }

  List<R> cast<R>() => List.castFrom<E, R>(this);

  E removeLast() {
    if (length == 0) throw StateError("No element");
    E result = this[length - 1];
    length = length - 1;
    return result;
  }

  void sort([int Function(E a, E b)? compare]) {
    List<E> sorted = List<E>.of(this, growable: false);
    sorted.sort(compare);
    for (int i = 0; i < sorted.length; i++) {
      this[i] = sorted[i];
    }
  }

  void shuffle([Object? random]) {
    List<E> shuffled = List<E>.of(this, growable: false);
    shuffled.shuffle(random);
    for (int i = 0; i < shuffled.length; i++) {
      this[i] = shuffled[i];
    }
  }

  // An unmodifiable snapshot from indices to elements (Dart's is a live view).
  Map<int, E> asMap() {
    Map<int, E> result = <int, E>{};
    for (int i = 0; i < length; i++) {
      result[i] = this[i];
    }
    return Map<int, E>.unmodifiable(result);
  }

  List<E> operator +(List<E> other) => <E>[...this, ...other];

  List<E> sublist(int start, [int? end]) {
    int actualEnd = RangeError.checkValidRange(start, end, length);
    return List<E>.of(getRange(start, actualEnd));
  }

  Iterable<E> getRange(int start, int end) {
    RangeError.checkValidRange(start, end, length);
    return _ListBaseRangeIterable<E>(this, start, end, false);
  }

  void removeRange(int start, int end) {
    RangeError.checkValidRange(start, end, length);
    if (end > start) _closeGap(start, end);
  }

  void fillRange(int start, int end, [E? fill]) {
    RangeError.checkValidRange(start, end, length);
    for (int i = start; i < end; i++) {
      this[i] = fill;
    }
  }

  void setRange(int start, int end, Iterable<E> iterable, [int skipCount = 0]) {
    RangeError.checkValidRange(start, end, length);
    int n = end - start;
    if (n == 0) return;
    RangeError.checkNotNegative(skipCount, "skipCount");
    List otherList;
    int otherStart;
    if (iterable is List) {
      otherList = iterable;
      otherStart = skipCount;
    } else {
      otherList = iterable.skip(skipCount).toList(growable: false);
      otherStart = 0;
    }
    if (otherStart + n > otherList.length) throw StateError("Too few elements");
    if (otherStart < start) {
      // Copy backwards: the ranges may overlap when the source is this list.
      for (int i = n - 1; i >= 0; i--) {
        this[start + i] = otherList[otherStart + i];
      }
    } else {
      for (int i = 0; i < n; i++) {
        this[start + i] = otherList[otherStart + i];
      }
    }
  }

  void replaceRange(int start, int end, Iterable<E> newContents) {
    RangeError.checkValidRange(start, end, length);
    List<E> items = List<E>.of(newContents, growable: false);
    removeRange(start, end);
    insertAll(start, items);
  }

  int indexOf(Object? element, [int start = 0]) {
    if (start < 0) start = 0;
    for (int i = start; i < length; i++) {
      if (this[i] == element) return i;
    }
    return -1;
  }

  int indexWhere(bool Function(E element) test, [int start = 0]) {
    if (start < 0) start = 0;
    for (int i = start; i < length; i++) {
      if (test(this[i])) return i;
    }
    return -1;
  }

  int lastIndexOf(Object? element, [int? start]) {
    int i = (start == null || start >= length) ? length - 1 : start;
    for (; i >= 0; i--) {
      if (this[i] == element) return i;
    }
    return -1;
  }

  int lastIndexWhere(bool Function(E element) test, [int? start]) {
    int i = (start == null || start >= length) ? length - 1 : start;
    for (; i >= 0; i--) {
      if (test(this[i])) return i;
    }
    return -1;
  }

  void insert(int index, E element) {
    RangeError.checkValueInInterval(index, 0, length, "index");
    if (index == length) {
      add(element);
      return;
    }
    length = length + 1;
    setRange(index + 1, length, this, index);
    this[index] = element;
  }

  E removeAt(int index) {
    E result = this[index];
    _closeGap(index, index + 1);
    return result;
  }

  void insertAll(int index, Iterable<E> iterable) {
    RangeError.checkValueInInterval(index, 0, length, "index");
    List<E> items = List<E>.of(iterable, growable: false);
    int count = items.length;
    if (count == 0) return;
    int oldLength = length;
    length = oldLength + count;
    if (index < oldLength) setRange(index + count, oldLength + count, this, index);
    setRange(index, index + count, items);
  }

  void setAll(int index, Iterable<E> iterable) {
    if (iterable is List) {
      setRange(index, index + iterable.length, iterable);
    } else {
      for (E element in iterable) {
        this[index++] = element;
      }
    }
  }

  Iterable<E> get reversed => _ListBaseRangeIterable<E>(this, 0, -1, true);

  String toString() => IterableBase.iterableToFullString(this, '[', ']');
}

abstract class ListBase<E> extends ListMixin<E> {
  ListBase();

  static String listToString(List list) => IterableBase.iterableToFullString(list, '[', ']');
}

class _ListBaseIterator<E> implements Iterator<E> {
  final List<E> _list;
  final int _length;
  int _index = 0;
  E? _current;

  _ListBaseIterator(List<E> list)
      : _list = list,
        _length = list.length;

  E get current => _current;

  bool moveNext() {
    int length = _list.length;
    if (_length != length) throw ConcurrentModificationError(_list);
    if (_index >= length) {
      _current = null;
      return false;
    }
    _current = _list.elementAt(_index);
    _index++;
    return true;
  }
}

// getRange (list[start..end)) and reversed ([_end] -1: the whole list, read from its end) as
// live views.
class _ListBaseRangeIterable<E> extends Iterable<E> {
  final List<E> _list;
  final int _start;
  final int _end;
  final bool _reversed;

  _ListBaseRangeIterable(this._list, this._start, this._end, this._reversed);

  int get length => _end < 0 ? _list.length : _end - _start;

  E elementAt(int index) {
    int n = length;
    IndexError.check(index, n, indexable: this);
    return _reversed ? _list[n - 1 - index] : _list[_start + index];
  }

  Iterator<E> get iterator =>
      Iterable<E>.generate(length, (int i) => elementAt(i)).iterator;
}
