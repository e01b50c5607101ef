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

// Mixins are not supported yet, so IterableMixin is a class to extend, like IterableBase.
abstract class IterableMixin<E> extends Iterable<E> {
  const IterableMixin();
}
