// dart:collection SetMixin and SetBase: the Set members written in terms of add, contains,
// lookup, remove, iterator, length and toSet, for user classes that implement sets (mixins are
// not supported yet, so SetMixin is a class to extend). Other Iterable members come from
// dart:core's Iterable. Sets print as "{1, 2}".

abstract class SetMixin<E> extends Iterable<E> implements Set<E> {
  SetMixin();

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

  String toString() => IterableBase.iterableToFullString(this, '{', '}');
}

abstract class SetBase<E> extends SetMixin<E> {
  SetBase();

  static String setToString(Set set) => IterableBase.iterableToFullString(set, '{', '}');
}
