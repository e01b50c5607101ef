// dart:collection LinkedList and LinkedListEntry: an intrusive doubly linked list whose elements
// carry their own links, so an entry is in at most one list and unlinks itself in O(1). Kept as
// Dart keeps it: a ring (the first entry's previous is the last), with the list's length and a
// modification count that makes iteration throw ConcurrentModificationError after a change.
// Messages are Dart's ("LinkedListEntry is already in a LinkedList", "No such element").

class LinkedList<E extends LinkedListEntry<E>> extends Iterable<E> {
  int _modificationCount = 0;
  int _length = 0;
  E? _first;

  LinkedList();

  /// Adds [entry] at the beginning of the list.
  void addFirst(E entry) {
    _insertBefore(_first, entry, updateFirst: true);
    _first = entry;
  }

  /// Adds [entry] at the end of the list.
  void add(E entry) {
    _insertBefore(_first, entry, updateFirst: false);
  }

  void addAll(Iterable<E> entries) {
    entries.forEach(add);
  }

  /// Removes [entry] if it is in this list; whether it was.
  bool remove(E entry) {
    if (!identical(entry._list, this)) return false;
    _unlink(entry);
    return true;
  }

  bool contains(Object? entry) => entry is LinkedListEntry && identical(this, entry._list);

  Iterator<E> get iterator => _LinkedListIterator<E>(this);

  int get length => _length;

  /// Removes every entry (each one's list becomes null).
  void clear() {
    _modificationCount++;
    if (isEmpty) return;
    E next = _first!;
    do {
      E entry = next;
      next = entry._next!;
      entry._next = entry._previous = entry._list = null;
    } while (!identical(next, _first));
    _first = null;
    _length = 0;
  }

  E get first {
    if (isEmpty) throw StateError('No such element');
    return _first!;
  }

  E get last {
    if (isEmpty) throw StateError('No such element');
    return _first!._previous!;
  }

  E get single {
    if (isEmpty) throw StateError('No such element');
    if (_length > 1) throw StateError('Too many elements');
    return _first!;
  }

  /// Calls [action] on each entry in order; a change to the list meanwhile is a
  /// ConcurrentModificationError.
  void forEach(void Function(E entry) action) {
    int modificationCount = _modificationCount;
    if (isEmpty) return;
    E current = _first!;
    do {
      action(current);
      if (modificationCount != _modificationCount) {
        throw ConcurrentModificationError(this);
      }
      current = current._next!;
    } while (!identical(current, _first));
  }

  bool get isEmpty => _length == 0;

  // Inserts [newEntry] before [entry] (at the end when [entry] is the first and !updateFirst).
  void _insertBefore(E? entry, E newEntry, {required bool updateFirst}) {
    if (newEntry.list != null) {
      throw StateError('LinkedListEntry is already in a LinkedList');
    }
    _modificationCount++;
    newEntry._list = this;
    if (isEmpty) {
      newEntry._previous = newEntry;
      newEntry._next = newEntry;
      _first = newEntry;
      _length++;
      return;
    }
    E predecessor = entry!._previous!;
    E successor = entry;
    newEntry._previous = predecessor;
    newEntry._next = successor;
    predecessor._next = newEntry;
    successor._previous = newEntry;
    if (updateFirst && identical(entry, _first)) {
      _first = newEntry;
    }
    _length++;
  }

  void _unlink(E entry) {
    _modificationCount++;
    entry._next!._previous = entry._previous;
    E? next = entry._previous!._next = entry._next;
    _length--;
    entry._list = entry._next = entry._previous = null;
    if (isEmpty) {
      _first = null;
    } else if (identical(entry, _first)) {
      _first = next;
    }
  }
}

class _LinkedListIterator<E extends LinkedListEntry<E>> implements Iterator<E> {
  final LinkedList<E> _list;
  final int _modificationCount;
  E? _current;
  E? _next;
  bool _visitedFirst = false;

  _LinkedListIterator(LinkedList<E> list)
      : _list = list,
        _modificationCount = list._modificationCount,
        _next = list._first;

  E get current => _current as E;

  bool moveNext() {
    if (_modificationCount != _list._modificationCount) {
      throw ConcurrentModificationError(this);
    }
    if (_list.isEmpty || (_visitedFirst && identical(_next, _list.first))) {
      _current = null;
      return false;
    }
    _visitedFirst = true;
    _current = _next;
    _next = _next!._next;
    return true;
  }
}

/// An element of a LinkedList: extend it (`final class Node extends LinkedListEntry<Node>`).
abstract class LinkedListEntry<E extends LinkedListEntry<E>> {
  LinkedList<E>? _list;
  E? _next;
  E? _previous;

  /// The list this entry is in, or null.
  LinkedList<E>? get list => _list;

  /// Removes this entry from its list (which it must be in).
  void unlink() {
    _list!._unlink(this as E);
  }

  /// The entry after this one, or null for the last (or an entry in no list).
  E? get next {
    if (_list == null || identical(_list!.first, _next)) return null;
    return _next;
  }

  /// The entry before this one, or null for the first (or an entry in no list).
  E? get previous {
    if (_list == null || identical(this, _list!.first)) return null;
    return _previous;
  }

  /// Inserts [entry] just after this entry in its list.
  void insertAfter(E entry) {
    _list!._insertBefore(_next, entry, updateFirst: false);
  }

  /// Inserts [entry] just before this entry in its list.
  void insertBefore(E entry) {
    _list!._insertBefore(this as E, entry, updateFirst: true);
  }
}
