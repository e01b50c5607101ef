// dart:core Iterable and Iterator: every member of Iterable written once in terms of `iterator`,
// with Dart's errors ("Bad state: No element", "Too many elements"); List, Set and the map views
// override what they can do faster. map/where/expand/take/skip/... are lazy (iterable_lazy.dart).
// Does not own printing of iterables (to_string.dart).

abstract class Iterator<E> {
  bool moveNext();

  E get current;
}

abstract class Iterable<E> {
  const Iterable();

  factory Iterable.generate(int count, [E Function(int index)? generator]) {
    if (count <= 0) return _EmptyIterable<E>();
    return _GeneratorIterable<E>(count, generator);
  }

  factory Iterable.empty() => _EmptyIterable<E>();

  // An iterable whose every iteration uses a new iterator from [iteratorFactory].
  factory Iterable.withIterator(Iterator<E> Function() iteratorFactory) =>
      _IteratorFactoryIterable<E>(iteratorFactory);

  // A view of [source] whose reads are checked against T (cast.dart).
  static Iterable<T> castFrom<S, T>(Iterable<S> source) =>
      _CastIterable<S, T>(source, (Object? e) => e as T);

  Iterator<E> get iterator;

  // A view whose reads are checked against R (cast.dart).
  Iterable<R> cast<R>() => _CastIterable<E, R>(this, (Object? e) => e as R);

  Iterable<T> map<T>(T Function(E element) toElement) => _MappedIterable<E, T>(this, toElement);

  Iterable<E> where(bool Function(E element) test) => _WhereIterable<E>(this, test);

  Iterable<T> expand<T>(Iterable<T> Function(E element) toElements) =>
      _ExpandIterable<E, T>(this, toElements);

  Iterable<E> followedBy(Iterable<E> other) => _FollowedByIterable<E>(this, other);

  // T is reified when given (`whereType<int>()`); without it T is dynamic and every element is
  // kept.
  Iterable<T> whereType<T>() => _WhereIterable<E>(this, (E e) => e is T);

  bool contains(Object? element) {
    for (E e in this) {
      if (e == element) return true;
    }
    return false;
  }

  void forEach(void Function(E element) action) {
    for (E element in this) {
      action(element);
    }
  }

  E reduce(E Function(E value, E element) combine) {
    Iterator<E> it = iterator;
    if (!it.moveNext()) throw StateError("No element");
    E value = it.current;
    while (it.moveNext()) {
      value = combine(value, it.current);
    }
    return value;
  }

  T fold<T>(T initialValue, T Function(T previousValue, E element) combine) {
    T value = initialValue;
    for (E element in this) {
      value = combine(value, element);
    }
    return value;
  }

  bool every(bool Function(E element) test) {
    for (E element in this) {
      if (!test(element)) return false;
    }
    return true;
  }

  bool any(bool Function(E element) test) {
    for (E element in this) {
      if (test(element)) return true;
    }
    return false;
  }

  String join([String separator = ""]) {
    Iterator<E> it = iterator;
    if (!it.moveNext()) return "";
    List<String> parts = <String>[];
    do {
      parts.add("${it.current}");
    } while (it.moveNext());
    return String._join(parts, separator);
  }

  List<E> toList({bool growable = true}) => List<E>.of(this, growable: growable);

  Set<E> toSet() => Set<E>.of(this);

  int get length {
    int count = 0;
    Iterator<E> it = iterator;
    while (it.moveNext()) {
      count++;
    }
    return count;
  }

  bool get isEmpty => !iterator.moveNext();

  bool get isNotEmpty => !isEmpty;

  Iterable<E> take(int count) {
    RangeError.checkNotNegative(count, "count");
    return _TakeIterable<E>(this, count);
  }

  Iterable<E> takeWhile(bool Function(E value) test) => _TakeWhileIterable<E>(this, test);

  Iterable<E> skip(int count) {
    RangeError.checkNotNegative(count, "count");
    return _SkipIterable<E>(this, count);
  }

  Iterable<E> skipWhile(bool Function(E value) test) => _SkipWhileIterable<E>(this, test);

  E get first {
    Iterator<E> it = iterator;
    if (!it.moveNext()) throw StateError("No element");
    return it.current;
  }

  E get last {
    Iterator<E> it = iterator;
    if (!it.moveNext()) throw StateError("No element");
    E result = it.current;
    while (it.moveNext()) {
      result = it.current;
    }
    return result;
  }

  E get single {
    Iterator<E> it = iterator;
    if (!it.moveNext()) throw StateError("No element");
    E result = it.current;
    if (it.moveNext()) throw StateError("Too many elements");
    return result;
  }

  E firstWhere(bool Function(E element) test, {E Function()? orElse}) {
    for (E element in this) {
      if (test(element)) return element;
    }
    if (orElse != null) return orElse();
    throw StateError("No element");
  }

  E lastWhere(bool Function(E element) test, {E Function()? orElse}) {
    bool found = false;
    E? result;
    for (E element in this) {
      if (test(element)) {
        result = element;
        found = true;
      }
    }
    if (found) return result;
    if (orElse != null) return orElse();
    throw StateError("No element");
  }

  E singleWhere(bool Function(E element) test, {E Function()? orElse}) {
    bool found = false;
    E? result;
    for (E element in this) {
      if (test(element)) {
        if (found) throw StateError("Too many elements");
        result = element;
        found = true;
      }
    }
    if (found) return result;
    if (orElse != null) return orElse();
    throw StateError("No element");
  }

  E elementAt(int index) {
    RangeError.checkNotNegative(index, "index");
    int elementIndex = 0;
    for (E element in this) {
      if (index == elementIndex) return element;
      elementIndex++;
    }
    throw IndexError.withLength(index, elementIndex, indexable: this, name: "index");
  }

  String toString() => _iterableToShortString(this, "(", ")");
}

// Dart's IterableExtensions: members every Iterable has, including classes that implement
// Iterable without extending it (an instance member of the same name wins).
extension IterableExtensions<T> on Iterable<T> {
  // The elements with their positions, lazily: `(0, a), (1, b), ...`.
  Iterable<(int, T)> get indexed => _IndexedIterable<T>(this);

  T? get firstOrNull {
    Iterator<T> it = iterator;
    if (it.moveNext()) return it.current;
    return null;
  }

  T? get lastOrNull {
    Iterator<T> it = iterator;
    if (!it.moveNext()) return null;
    T result = it.current;
    while (it.moveNext()) {
      result = it.current;
    }
    return result;
  }

  T? get singleOrNull {
    Iterator<T> it = iterator;
    if (!it.moveNext()) return null;
    T result = it.current;
    if (it.moveNext()) return null;
    return result;
  }

  T? elementAtOrNull(int index) {
    RangeError.checkNotNegative(index, "index");
    int elementIndex = 0;
    for (T element in this) {
      if (index == elementIndex) return element;
      elementIndex++;
    }
    return null;
  }
}

// Dart's NullableIterableExtensions.
extension NullableIterableExtensions<T extends Object> on Iterable<T?> {
  // The elements that are not null, lazily.
  Iterable<T> get nonNulls => _NonNullsIterable<T>(this);
}
