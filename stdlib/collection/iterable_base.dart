// dart:collection IterableBase and IterableMixin (bases for user iterables, inheriting every
// Iterable member from dart:core), and the printing helpers the collection classes share:
// iterableToShortString "(1, 2, ..., 99)", iterableToFullString "[1, 2]" and
// MapBase.mapToString "{a: 1}", with "(...)" / "{...}" for collections that contain themselves.
// Invariant: _toStringVisiting holds exactly the collections whose toString is running here.

final List _toStringVisiting = [];

bool _isToStringVisiting(Object? object) {
  for (int i = 0; i < _toStringVisiting.length; i++) {
    if (identical(object, _toStringVisiting[i])) return true;
  }
  return false;
}

abstract class IterableBase<E> extends Iterable<E> {
  const IterableBase();

  // dart:core's Iterable printing (at most about 80 characters and 100 elements), between
  // [leftDelimiter] and [rightDelimiter].
  static String iterableToShortString(Iterable iterable,
      [String leftDelimiter = '(', String rightDelimiter = ')']) {
    if (_isToStringVisiting(iterable)) return "$leftDelimiter...$rightDelimiter";
    _toStringVisiting.add(iterable);
    String text;
    try {
      // A mapped view prints with Iterable's own elision rules.
      text = iterable.map((Object? element) => element).toString();
    } finally {
      _toStringVisiting.removeLast();
    }
    return leftDelimiter + text.substring(1, text.length - 1) + rightDelimiter;
  }

  // Every element, separated by ", ", between the delimiters.
  static String iterableToFullString(Iterable iterable,
      [String leftDelimiter = '(', String rightDelimiter = ')']) {
    if (_isToStringVisiting(iterable)) return "$leftDelimiter...$rightDelimiter";
    StringBuffer buffer = StringBuffer(leftDelimiter);
    _toStringVisiting.add(iterable);
    try {
      buffer.writeAll(iterable, ", ");
    } finally {
      _toStringVisiting.removeLast();
    }
    buffer.write(rightDelimiter);
    return buffer.toString();
  }
}

// A mixin brings only the members it declares, so the mixins of dart:collection (IterableMixin,
// ListMixin, SetMixin) declare every Iterable member they do not write themselves as a call
// of dart:core's on this view, which reads the mixin's user through its iterator alone.
class _IterableOf<E> extends Iterable<E> {
  final Iterable<E> _source;
  _IterableOf(this._source);
  Iterator<E> get iterator => _source.iterator;
}

// Every Iterable member in terms of `iterator`, for `class C with IterableMixin<E>`.
mixin IterableMixin<E> implements Iterable<E> {
  Iterator<E> get iterator;

  Iterable<R> cast<R>() => Iterable.castFrom<E, R>(this);

  Iterable<T> map<T>(T Function(E element) toElement) => _IterableOf<E>(this).map<T>(toElement);

  Iterable<E> where(bool Function(E element) test) => _IterableOf<E>(this).where(test);

  Iterable<T> expand<T>(Iterable<T> Function(E element) toElements) =>
      _IterableOf<E>(this).expand<T>(toElements);

  Iterable<E> followedBy(Iterable<E> other) => _IterableOf<E>(this).followedBy(other);

  Iterable<T> whereType<T>() => _IterableOf<E>(this).whereType<T>();

  bool contains(Object? element) => _IterableOf<E>(this).contains(element);

  void forEach(void Function(E element) action) => _IterableOf<E>(this).forEach(action);

  E reduce(E Function(E value, E element) combine) => _IterableOf<E>(this).reduce(combine);

  T fold<T>(T initialValue, T Function(T previousValue, E element) combine) =>
      _IterableOf<E>(this).fold<T>(initialValue, combine);

  bool every(bool Function(E element) test) => _IterableOf<E>(this).every(test);

  bool any(bool Function(E element) test) => _IterableOf<E>(this).any(test);

  String join([String separator = ""]) => _IterableOf<E>(this).join(separator);

  List<E> toList({bool growable = true}) => List<E>.of(this, growable: growable);

  Set<E> toSet() => Set<E>.of(this);

  int get length => _IterableOf<E>(this).length;

  bool get isEmpty => !iterator.moveNext();

  bool get isNotEmpty => !isEmpty;

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

  String toString() => IterableBase.iterableToShortString(this, '(', ')');
}
