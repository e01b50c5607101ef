// dart:collection SetMixin and SetBase: the Set members written in terms of add, contains,
// lookup, remove, iterator, length and toSet, for user classes that implement sets (`with
// SetMixin<E>` or `extends SetBase<E>`). The other Iterable members run dart:core's on a view
// (iterable_base.dart). Sets print as "{1, 2}".

abstract mixin class SetMixin<E> implements Set<E> {

  bool add(E value);
  bool contains(Object? element);
  E? lookup(Object? element);
  bool remove(Object? value);
  Iterator<E> get iterator;
  Set<E> toSet();
  int get length;

  bool get isEmpty => length == 0;

  bool get isNotEmpty => length != 0;

  Set<R> cast<R>() => Set.castFrom<E, R>(this);

  void clear() {
    removeAll(toList());
  }

  void addAll(Iterable<E> elements) {
    for (E element in elements) {
      add(element);
    }
  }

  void removeAll(Iterable<Object?> elements) {
    for (Object? element in elements) {
      remove(element);
    }
  }

  void retainAll(Iterable<Object?> elements) {
    Set<E> toRemove = toSet();
    for (Object? o in elements) {
      toRemove.remove(o);
    }
    removeAll(toRemove);
  }

  void removeWhere(bool Function(E element) test) {
    List toRemove = [];
    for (E element in this) {
      if (test(element)) toRemove.add(element);
    }
    removeAll(toRemove);
  }

  void retainWhere(bool Function(E element) test) {
    List toRemove = [];
    for (E element in this) {
      if (!test(element)) toRemove.add(element);
    }
    removeAll(toRemove);
  }

  bool containsAll(Iterable<Object?> other) {
    for (Object? o in other) {
      if (!contains(o)) return false;
    }
    return true;
  }

  Set<E> union(Set<E> other) => toSet()..addAll(other);

  Set<E> intersection(Set<Object?> other) {
    Set<E> result = toSet();
    for (E element in this) {
      if (!other.contains(element)) result.remove(element);
    }
    return result;
  }

  Set<E> difference(Set<Object?> other) {
    Set<E> result = toSet();
    for (E element in this) {
      if (other.contains(element)) result.remove(element);
    }
    return result;
  }

  List<E> toList({bool growable = true}) => List<E>.of(this, growable: growable);

  Iterable<T> map<T>(T Function(E element) toElement) => _IterableOf<E>(this).map<T>(toElement);

  Iterable<E> where(bool Function(E element) test) => _IterableOf<E>(this).where(test);

  Iterable<T> expand<T>(Iterable<T> Function(E element) toElements) =>
      _IterableOf<E>(this).expand<T>(toElements);

  Iterable<E> followedBy(Iterable<E> other) => _IterableOf<E>(this).followedBy(other);

  Iterable<T> whereType<T>() => _IterableOf<E>(this).whereType<T>();

  void forEach(void Function(E element) action) => _IterableOf<E>(this).forEach(action);

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

  E get first => _IterableOf<E>(this).first;

  E get last => _IterableOf<E>(this).last;

  E get single => _IterableOf<E>(this).single;

  E firstWhere(bool Function(E element) test, {E Function()? orElse}) =>
      _IterableOf<E>(this).firstWhere(test, orElse: orElse);

  E lastWhere(bool Function(E element) test, {E Function()? orElse}) =>
      _IterableOf<E>(this).lastWhere(test, orElse: orElse);

  E singleWhere(bool Function(E element) test, {E Function()? orElse}) =>
      _IterableOf<E>(this).singleWhere(test, orElse: orElse);

  E elementAt(int index) => _IterableOf<E>(this).elementAt(index);

  String toString() => IterableBase.iterableToFullString(this, '{', '}');
}

abstract class SetBase<E> extends SetMixin<E> {
  SetBase();

  static String setToString(Set set) => IterableBase.iterableToFullString(set, '{', '}');
}
