// The views cast<R>() returns (Iterable, List, Set and Map): every element read through one is
// checked against R and throws Dart's TypeError ("type 'String' is not a subtype of type 'int'
// in type cast") when it is not one; nothing is checked when the view is made. The check is a
// closure made inside the generic cast<R>(), where R is reified (vm/runtime_types.h): the views'
// own class type parameters are erased, so they cannot test R themselves. A cast<R>() called
// without explicit type arguments has R dynamic, and its view checks nothing.
// Does not own Stream.cast (stream.dart) or the collections it wraps.

class _CastIterable<S, T> extends Iterable<T> {
  final Iterable<S> _source;
  final T Function(Object? element) _cast;

  _CastIterable(this._source, this._cast);

  Iterator<T> get iterator => _CastIterator<S, T>(_source.iterator, _cast);
  int get length => _source.length;
  bool get isEmpty => _source.isEmpty;
  bool get isNotEmpty => _source.isNotEmpty;
  bool contains(Object? other) => _source.contains(other);
  T elementAt(int index) => _cast(_source.elementAt(index));
  T get first => _cast(_source.first);
  T get last => _cast(_source.last);
  T get single => _cast(_source.single);
  Iterable<T> skip(int count) => _CastIterable<S, T>(_source.skip(count), _cast);
  Iterable<T> take(int count) => _CastIterable<S, T>(_source.take(count), _cast);
  Iterable<R> cast<R>() => _CastIterable<S, R>(_source, (Object? e) => e as R);
  String toString() => _source.toString();
}

class _CastIterator<S, T> implements Iterator<T> {
  final Iterator<S> _source;
  final T Function(Object? element) _cast;

  _CastIterator(this._source, this._cast);

  bool moveNext() => _source.moveNext();
  T get current => _cast(_source.current);
}

// A List view: reads cast to T; writes go to the source unchecked (its element type is erased
// here, as the source's class type parameter).
class _CastList<S, T> extends Iterable<T> implements List<T> {
  final List<S> _source;
  final T Function(Object? element) _cast;

  _CastList(this._source, this._cast);

  Iterator<T> get iterator => _CastIterator<S, T>(_source.iterator, _cast);
  int get length => _source.length;
  set length(int newLength) {
    _source.length = newLength;
  }

  bool get isEmpty => _source.isEmpty;
  bool get isNotEmpty => _source.isNotEmpty;
  T operator [](int index) => _cast(_source[index]);
  void operator []=(int index, T value) {
    _source[index] = value;
  }

  T get first => _cast(_source.first);
  set first(T value) {
    _source.first = value;
  }

  T get last => _cast(_source.last);
  set last(T value) {
    _source.last = value;
  }

  T get single => _cast(_source.single);
  T elementAt(int index) => _cast(_source.elementAt(index));
  bool contains(Object? other) => _source.contains(other);
  int indexOf(Object? element, [int start = 0]) => _source.indexOf(element, start);
  int lastIndexOf(Object? element, [int? start]) => _source.lastIndexOf(element, start);
  int indexWhere(bool Function(T element) test, [int start = 0]) =>
      _source.indexWhere((S e) => test(_cast(e)), start);
  int lastIndexWhere(bool Function(T element) test, [int? start]) =>
      _source.lastIndexWhere((S e) => test(_cast(e)), start);
  void add(T value) {
    _source.add(value);
  }

  void addAll(Iterable<T> iterable) {
    _source.addAll(iterable);
  }

  void insert(int index, T element) {
    _source.insert(index, element);
  }

  void insertAll(int index, Iterable<T> iterable) {
    _source.insertAll(index, iterable);
  }

  void setAll(int index, Iterable<T> iterable) {
    _source.setAll(index, iterable);
  }

  bool remove(Object? value) => _source.remove(value);
  T removeAt(int index) => _cast(_source.removeAt(index));
  T removeLast() => _cast(_source.removeLast());
  void removeRange(int start, int end) {
    _source.removeRange(start, end);
  }

  void removeWhere(bool Function(T element) test) {
    _source.removeWhere((S e) => test(_cast(e)));
  }

  void retainWhere(bool Function(T element) test) {
    _source.retainWhere((S e) => test(_cast(e)));
  }

  void clear() {
    _source.clear();
  }

  void replaceRange(int start, int end, Iterable<T> replacement) {
    _source.replaceRange(start, end, replacement);
  }

  List<T> sublist(int start, [int? end]) => _CastList<S, T>(_source.sublist(start, end), _cast);
  Iterable<T> getRange(int start, int end) =>
      _CastIterable<S, T>(_source.getRange(start, end), _cast);
  void setRange(int start, int end, Iterable<T> iterable, [int skipCount = 0]) {
    _source.setRange(start, end, iterable, skipCount);
  }

  void fillRange(int start, int end, [T? fillValue]) {
    _source.fillRange(start, end, fillValue);
  }

  Iterable<T> get reversed => _CastIterable<S, T>(_source.reversed, _cast);
  Map<int, T> asMap() {
    List keysAndValues = [];
    for (int i = 0; i < length; i++) {
      keysAndValues.add(i);
      keysAndValues.add(this[i]);
    }
    return _ConstMap<int, T>._fromList(keysAndValues);
  }

  void sort([int Function(T a, T b)? compare]) {
    int Function(T a, T b) c = compare ?? _compareAny;
    _source.sort((S a, S b) => c(_cast(a), _cast(b)));
  }

  void shuffle([Object? random]) {
    _source.shuffle(random);
  }

  List<T> operator +(List<T> other) {
    List<T> result = List<T>.of(this);
    result.addAll(other);
    return result;
  }

  List<R> cast<R>() => _CastList<S, R>(_source, (Object? e) => e as R);
  // Printed as a list of its elements, each read (and checked) like any other read.
  String toString() => _iterableToFullString(this, "[", "]");
}

class _CastSet<S, T> extends Iterable<T> implements Set<T> {
  final Set<S> _source;
  final T Function(Object? element) _cast;

  _CastSet(this._source, this._cast);

  Iterator<T> get iterator => _CastIterator<S, T>(_source.iterator, _cast);
  int get length => _source.length;
  bool get isEmpty => _source.isEmpty;
  bool get isNotEmpty => _source.isNotEmpty;
  bool contains(Object? value) => _source.contains(value);
  T? lookup(Object? object) {
    S? found = _source.lookup(object);
    return found == null ? null : _cast(found);
  }

  bool add(T value) => _source.add(value);
  void addAll(Iterable<T> elements) {
    _source.addAll(elements);
  }

  bool remove(Object? value) => _source.remove(value);
  void removeAll(Iterable<Object?> elements) {
    _source.removeAll(elements);
  }

  void retainAll(Iterable<Object?> elements) {
    _source.retainAll(elements);
  }

  void removeWhere(bool Function(T element) test) {
    _source.removeWhere((S e) => test(_cast(e)));
  }

  void retainWhere(bool Function(T element) test) {
    _source.retainWhere((S e) => test(_cast(e)));
  }

  bool containsAll(Iterable<Object?> other) => _source.containsAll(other);
  Set<T> intersection(Set<Object?> other) => _CastSet<S, T>(_source.intersection(other), _cast);
  Set<T> union(Set<T> other) {
    Set<T> result = toSet();
    result.addAll(other);
    return result;
  }

  Set<T> difference(Set<Object?> other) => _CastSet<S, T>(_source.difference(other), _cast);
  void clear() {
    _source.clear();
  }

  Set<T> toSet() => Set<T>.of(this);
  Set<R> cast<R>() => _CastSet<S, R>(_source, (Object? e) => e as R);
  String toString() => _iterableToFullString(this, "{", "}");
}

// A Map view: keys and values read through it are cast (to K and V of cast<K, V>()); lookups
// and writes go to the source unchecked.
class _CastMap<SK, SV, K, V> implements Map<K, V> {
  final Map<SK, SV> _source;
  final K Function(Object? key) _castKey;
  final V Function(Object? value) _castValue;
  // `as V?`: what a lookup that may find nothing casts to (so its TypeError names `V?`).
  final V? Function(Object? value) _castValueOrNull;

  _CastMap(this._source, this._castKey, this._castValue, this._castValueOrNull);

  V? operator [](Object? key) => _castValueOrNull(_source[key]);

  void operator []=(K key, V value) {
    _source[key] = value;
  }

  int get length => _source.length;
  bool get isEmpty => _source.isEmpty;
  bool get isNotEmpty => _source.isNotEmpty;
  Iterable<K> get keys => _CastIterable<SK, K>(_source.keys, _castKey);
  Iterable<V> get values => _CastIterable<SV, V>(_source.values, _castValue);
  Iterable<MapEntry<K, V>> get entries => _source.entries
      .map<MapEntry<K, V>>((MapEntry<SK, SV> e) => MapEntry<K, V>(_castKey(e.key), _castValue(e.value)));
  bool containsKey(Object? key) => _source.containsKey(key);
  bool containsValue(Object? value) => _source.containsValue(value);
  V putIfAbsent(K key, V Function() ifAbsent) =>
      _castValue(_source.putIfAbsent(key, () => ifAbsent()));
  V update(K key, V Function(V value) update, {V Function()? ifAbsent}) => _castValue(
      _source.update(key, (SV value) => update(_castValue(value)),
          ifAbsent: ifAbsent == null ? null : () => ifAbsent()));
  void updateAll(V Function(K key, V value) update) {
    _source.updateAll((SK key, SV value) => update(_castKey(key), _castValue(value)));
  }

  V? remove(Object? key) => _castValueOrNull(_source.remove(key));

  void removeWhere(bool Function(K key, V value) test) {
    _source.removeWhere((SK key, SV value) => test(_castKey(key), _castValue(value)));
  }

  void forEach(void Function(K key, V value) action) {
    _source.forEach((SK key, SV value) {
      action(_castKey(key), _castValue(value));
    });
  }

  Map<K2, V2> map<K2, V2>(MapEntry<K2, V2> Function(K key, V value) convert) =>
      _source.map<K2, V2>((SK key, SV value) => convert(_castKey(key), _castValue(value)));
  void addAll(Map<K, V> other) {
    other.forEach((K key, V value) {
      _source[key] = value;
    });
  }

  void addEntries(Iterable<MapEntry<K, V>> newEntries) {
    for (MapEntry<K, V> entry in newEntries) {
      _source[entry.key] = entry.value;
    }
  }

  void clear() {
    _source.clear();
  }

  Map<RK, RV> cast<RK, RV>() => _CastMap<SK, SV, RK, RV>(
      _source, (Object? k) => k as RK, (Object? v) => v as RV, (Object? v) => v as RV?);
  // Printed entry by entry, each key and value read (and checked) like any other read.
  String toString() => _mapToString(this);
}
