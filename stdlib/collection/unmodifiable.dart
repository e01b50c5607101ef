// dart:collection UnmodifiableListView: a read-only list view of another list or iterable, whose
// mutators throw UnsupportedError with the Dart VM's texts ("Cannot add to an unmodifiable
// list", "Cannot modify an unmodifiable list", ...). Reads see the source's changes.
// Does not own UnmodifiableMapView (map_base.dart).

class UnmodifiableListView<E> extends ListBase<E> {
  final Iterable<E> _source;

  UnmodifiableListView(Iterable<E> source) : _source = source;

  int get length => _source.length;

  E operator [](int index) => _source.elementAt(index);

  List<R> cast<R>() => UnmodifiableListView<R>(_source.cast<R>());

  static Never _throw(String operation) {
    throw UnsupportedError("Cannot $operation an unmodifiable list");
  }

  void operator []=(int index, E value) => _throw("modify");
  set length(int newLength) => _throw("change the length of");
  set first(E element) => _throw("modify");
  set last(E element) => _throw("modify");
  void setAll(int at, Iterable<E> iterable) => _throw("modify");
  void add(E value) => _throw("add to");
  void insert(int index, E element) => _throw("add to");
  void insertAll(int at, Iterable<E> iterable) => _throw("add to");
  void addAll(Iterable<E> iterable) => _throw("add to");
  bool remove(Object? element) => _throw("remove from");
  void removeWhere(bool Function(E element) test) => _throw("remove from");
  void retainWhere(bool Function(E element) test) => _throw("remove from");
  void sort([Comparator<E>? compare]) => _throw("modify");
  void shuffle([Object? random]) => _throw("modify");
  void clear() => _throw("clear");
  E removeAt(int index) => _throw("remove from");
  E removeLast() => _throw("remove from");
  void setRange(int start, int end, Iterable<E> iterable, [int skipCount = 0]) =>
      _throw("modify");
  void removeRange(int start, int end) => _throw("remove from");
  void replaceRange(int start, int end, Iterable<E> iterable) => _throw("remove from");
  void fillRange(int start, int end, [E? fillValue]) => _throw("modify");
}

// A read-only view of a set: reads see the set's changes, every mutator throws.
class UnmodifiableSetView<E> extends SetBase<E> {
  final Set<E> _source;

  UnmodifiableSetView(Set<E> source) : _source = source;

  static Never _unmodifiable() {
    throw UnsupportedError("Cannot change an unmodifiable set");
  }

  bool contains(Object? element) => _source.contains(element);
  E? lookup(Object? element) => _source.lookup(element);
  int get length => _source.length;
  Iterator<E> get iterator => _source.iterator;
  Set<E> toSet() => _source.toSet();
  bool add(E value) => _unmodifiable();
  void addAll(Iterable<E> elements) => _unmodifiable();
  bool remove(Object? value) => _unmodifiable();
  void removeAll(Iterable<Object?> elements) => _unmodifiable();
  void retainAll(Iterable<Object?> elements) => _unmodifiable();
  void removeWhere(bool Function(E element) test) => _unmodifiable();
  void retainWhere(bool Function(E element) test) => _unmodifiable();
  void clear() => _unmodifiable();
}
