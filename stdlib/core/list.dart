// dart:core List: the VM's Array (fixed-length), ImmutableArray (const and unmodifiable) and
// GrowableList. Element access, length, add and bulk copies are natives (list_natives.cc); every
// other member is Dart, with the Dart VM's error texts ("Cannot add to a fixed-length list").
// Does not own sorting (list_sort.dart) or the lazy iterables (iterable_lazy.dart).

abstract class List<E> extends Iterable<E> {
  external factory List.filled(int length, E fill, {bool growable = false});

  factory List.empty({bool growable = false}) => List<E>.filled(0, null, growable: growable);

  factory List.from(Iterable elements, {bool growable = true}) =>
      List<E>.of(elements, growable: growable);

  factory List.of(Iterable<E> elements, {bool growable = true}) {
    if (List._isNative(elements)) {
      int n = elements.length;
      List<E> copy = List<E>.filled(n, null, growable: growable);
      List._copyRange(elements, 0, copy, 0, n);
      return copy;
    }
    List<E> result = <E>[];
    for (E element in elements) {
      result.add(element);
    }
    if (growable) return result;
    return List<E>.of(result, growable: false);
  }

  factory List.generate(int length, E Function(int index) generator, {bool growable = true}) {
    List<E> result = List<E>.filled(length, null, growable: growable);
    for (int i = 0; i < length; i++) {
      result[i] = generator(i);
    }
    return result;
  }

  factory List.unmodifiable(Iterable elements) =>
      List._makeImmutable(List<E>.of(elements, growable: false));

  // A view of [source] whose reads are checked against T (cast.dart).
  static List<T> castFrom<S, T>(List<S> source) => _CastList<S, T>(source, (Object? e) => e as T);

  // Copies source[start..end) into target from index [at]; overlapping ranges of one list are
  // copied as if through a temporary.
  static void copyRange<T>(List<T> target, int at, List<T> source, [int? start, int? end]) {
    int from = start ?? 0;
    int to = RangeError.checkValidRange(from, end, source.length);
    int count = to - from;
    if (target.length < at + count) {
      throw ArgumentError.value(
          target, "target", "Not big enough to hold $count elements at position $at");
    }
    if (!identical(source, target) || from >= at) {
      for (int i = 0; i < count; i++) {
        target[at + i] = source[from + i];
      }
    } else {
      for (int i = count - 1; i >= 0; i--) {
        target[at + i] = source[from + i];
      }
    }
  }

  // Writes the elements of [source] into target from index [at], never past its end.
  static void writeIterable<T>(List<T> target, int at, Iterable<T> source) {
    RangeError.checkValueInInterval(at, 0, target.length, "at");
    int index = at;
    int length = target.length;
    for (T element in source) {
      if (index == length) throw IndexError.withLength(length, length, indexable: target);
      target[index] = element;
      index++;
    }
  }

  external E operator [](int index);
  external void operator []=(int index, E value);
  external int get length;
  external set length(int newLength);
  external void add(E value);

  // 0: growable, 1: fixed-length, 2: unmodifiable.
  external int get _kind;

  // Copies [count] elements as memmove does (overlapping ranges of one list are fine).
  external static void _copyRange(List from, int fromStart, List to, int toStart, int count);

  // An unmodifiable (ImmutableArray) copy of [source], or [source] if it is one already.
  external static List _makeImmutable(List source);

  // Whether [object] is one of the VM's lists, which the natives above accept. Classes that
  // implement List in Dart (dart:collection's ListBase) are Lists but not native ones.
  external static bool _isNative(Object? object);

  void _checkGrowable(String operation) {
    int kind = _kind;
    if (kind == 1) throw UnsupportedError("Cannot $operation a fixed-length list");
    if (kind == 2) throw UnsupportedError("Cannot $operation an unmodifiable list");
  }

  void _checkModifiable() {
    if (_kind == 2) throw UnsupportedError("Cannot modify an unmodifiable list");
  }

  Iterator<E> get iterator => _ListIterator<E>(this);

  bool get isEmpty => length == 0;

  bool get isNotEmpty => length != 0;

  E get first {
    if (length == 0) throw StateError("No element");
    return this[0];
  }

  set first(E value) {
    this[0] = value;
  }

  E get last {
    if (length == 0) throw StateError("No element");
    return this[length - 1];
  }

  set last(E value) {
    this[length - 1] = value;
  }

  E get single {
    if (length == 1) return this[0];
    if (length == 0) throw StateError("No element");
    throw StateError("Too many elements");
  }

  E elementAt(int index) => this[index];

  bool contains(Object? element) {
    int n = length;
    for (int i = 0; i < n; i++) {
      if (this[i] == element) return true;
      if (n != length) throw ConcurrentModificationError(this);
    }
    return false;
  }

  void forEach(void Function(E element) action) {
    int n = length;
    for (int i = 0; i < n; i++) {
      action(this[i]);
      if (n != length) throw ConcurrentModificationError(this);
    }
  }

  int indexOf(Object? element, [int start = 0]) {
    if (start < 0) start = 0;
    for (int i = start; i < length; i++) {
      if (this[i] == element) return i;
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

  int indexWhere(bool Function(E element) test, [int start = 0]) {
    if (start < 0) start = 0;
    for (int i = start; i < length; i++) {
      if (test(this[i])) return i;
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

  void addAll(Iterable<E> iterable) {
    _checkGrowable("add to");
    if (List._isNative(iterable)) {
      if (identical(iterable, this)) throw ConcurrentModificationError(this);
      int n = iterable.length;
      for (int i = 0; i < n; i++) {
        add(iterable[i]);
      }
      return;
    }
    for (E element in iterable) {
      add(element);
    }
  }

  void insert(int index, E element) {
    _checkGrowable("add to");
    int n = length;
    if (index < 0 || index > n) throw RangeError.range(index, 0, n);
    add(element);
    if (index == n) return;
    List._copyRange(this, index, this, index + 1, n - index);
    this[index] = element;
  }

  void insertAll(int index, Iterable<E> iterable) {
    _checkGrowable("add to");
    int n = length;
    if (index < 0 || index > n) throw RangeError.range(index, 0, n);
    List items = (List._isNative(iterable) && !identical(iterable, this))
        ? iterable
        : List<E>.of(iterable, growable: false);
    int count = items.length;
    this.length = n + count;
    List._copyRange(this, index, this, index + count, n - index);
    List._copyRange(items, 0, this, index, count);
  }

  void setAll(int index, Iterable<E> iterable) {
    _checkModifiable();
    List items = List._isNative(iterable) ? iterable : List<E>.of(iterable, growable: false);
    int count = items.length;
    if (index < 0 || index > length) throw RangeError.range(index, 0, length, "index");
    if (index + count > length) throw RangeError.range(index + count, 0, length);
    List._copyRange(items, 0, this, index, count);
  }

  bool remove(Object? value) {
    _checkGrowable("remove from");
    for (int i = 0; i < length; i++) {
      if (this[i] == value) {
        removeAt(i);
        return true;
      }
    }
    return false;
  }

  E removeAt(int index) {
    _checkGrowable("remove from");
    E result = this[index];
    int newLength = length - 1;
    if (index < newLength) List._copyRange(this, index + 1, this, index, newLength - index);
    length = newLength;
    return result;
  }

  E removeLast() {
    _checkGrowable("remove from");
    int newLength = length - 1;
    E result = this[newLength];
    length = newLength;
    return result;
  }

  void removeRange(int start, int end) {
    _checkGrowable("remove from");
    RangeError.checkValidRange(start, end, length);
    List._copyRange(this, end, this, start, length - end);
    length = length - (end - start);
  }

  void removeWhere(bool Function(E element) test) {
    _filter(test, false);
  }

  void retainWhere(bool Function(E element) test) {
    _filter(test, true);
  }

  // Keeps the elements for which test(element) == [retainMatching]. The list is only changed
  // after every test ran, so a throwing test leaves it as it was (as in Dart).
  void _filter(bool Function(E element) test, bool retainMatching) {
    _checkGrowable("remove from");
    List<E> retained = <E>[];
    int n = length;
    for (int i = 0; i < n; i++) {
      E element = this[i];
      if (test(element) == retainMatching) retained.add(element);
      if (n != length) throw ConcurrentModificationError(this);
    }
    if (retained.length != n) {
      List._copyRange(retained, 0, this, 0, retained.length);
      length = retained.length;
    }
  }

  void clear() {
    _checkGrowable("clear");
    length = 0;
  }

  void replaceRange(int start, int end, Iterable<E> replacement) {
    _checkGrowable("remove from");
    RangeError.checkValidRange(start, end, length);
    List<E> items = List<E>.of(replacement, growable: false);
    removeRange(start, end);
    insertAll(start, items);
  }

  List<E> sublist(int start, [int? end]) {
    int actualEnd = RangeError.checkValidRange(start, end, length);
    int n = actualEnd - start;
    List<E> result = List<E>.filled(n, null, growable: true);
    List._copyRange(this, start, result, 0, n);
    return result;
  }

  Iterable<E> getRange(int start, int end) {
    RangeError.checkValidRange(start, end, length);
    return _ListRangeIterable<E>(this, start, end);
  }

  void setRange(int start, int end, Iterable<E> iterable, [int skipCount = 0]) {
    _checkModifiable();
    RangeError.checkValidRange(start, end, length);
    int n = end - start;
    if (n == 0) return;
    RangeError.checkNotNegative(skipCount, "skipCount");
    if (List._isNative(iterable)) {
      if (skipCount + n > iterable.length) throw StateError("Too few elements");
      List._copyRange(iterable, skipCount, this, start, n);
      return;
    }
    Iterator<E> it = iterable.skip(skipCount).iterator;
    for (int i = start; i < end; i++) {
      if (!it.moveNext()) throw StateError("Too few elements");
      this[i] = it.current;
    }
  }

  void fillRange(int start, int end, [E? fillValue]) {
    _checkModifiable();
    RangeError.checkValidRange(start, end, length);
    for (int i = start; i < end; i++) {
      this[i] = fillValue;
    }
  }

  Iterable<E> get reversed => _ReversedListIterable<E>(this);

  // An unmodifiable map from indices to elements. Unlike Dart's live view, it is a snapshot.
  Map<int, E> asMap() {
    List keysAndValues = [];
    for (int i = 0; i < length; i++) {
      keysAndValues.add(i);
      keysAndValues.add(this[i]);
    }
    return _ConstMap<int, E>._fromList(keysAndValues);
  }

  void sort([int Function(E a, E b)? compare]) {
    _checkModifiable();
    _sortList(this, compare ?? _compareAny);
  }

  void shuffle([Object? random]) {
    _checkModifiable();
    int n = length;
    while (n > 1) {
      int position = random == null ? _nextShuffleIndex(n) : random.nextInt(n);
      n--;
      E tmp = this[n];
      this[n] = this[position];
      this[position] = tmp;
    }
  }

  List<E> operator +(List<E> other) {
    List<E> result = List<E>.of(this);
    result.addAll(other);
    return result;
  }

  String join([String separator = ""]) {
    int n = length;
    if (n == 0) return "";
    List<String> parts = List<String>.filled(n, "");
    for (int i = 0; i < n; i++) {
      parts[i] = "${this[i]}";
    }
    return String._join(parts, separator);
  }

  List<E> toList({bool growable = true}) => List<E>.of(this, growable: growable);

  Set<E> toSet() => Set<E>.of(this);

  // A view whose reads are checked against R (cast.dart).
  List<R> cast<R>() => _CastList<E, R>(this, (Object? e) => e as R);

  String toString() => _iterableToFullString(this, "[", "]");
}

// The iterator of every list: it throws ConcurrentModificationError when the length changes.
class _ListIterator<E> implements Iterator<E> {
  final List<E> _list;
  final int _length;
  int _index = 0;
  E? _current;

  _ListIterator(List<E> list)
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
    _current = _list[_index];
    _index++;
    return true;
  }
}

// State of the pseudo-random generator used by List.shuffle without a Random: a 31-bit LCG,
// which keeps every intermediate value a small int.
int _shuffleState = 0x2545F491;

int _nextShuffleIndex(int bound) {
  _shuffleState = (_shuffleState * 1103515245 + 12345) & 0x7fffffff;
  return (_shuffleState >> 4) % bound;
}
