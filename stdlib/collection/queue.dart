// dart:collection Queue, ListQueue (a circular buffer, the default Queue) and DoubleLinkedQueue
// (a doubly linked list with DoubleLinkedQueueEntry). Queues print like sets, "{1, 2, 3}", and
// their iterators throw ConcurrentModificationError when the queue changes, as in Dart.
// Invariant (ListQueue): _table.length is a power of two and one slot is always free.

abstract class Queue<E> extends Iterable<E> {
  Queue._();

  factory Queue() => ListQueue<E>();

  factory Queue.from(Iterable elements) => ListQueue<E>.from(elements);

  factory Queue.of(Iterable<E> elements) => ListQueue<E>.of(elements);

  Queue<R> cast<R>() => this;
  E removeFirst();
  E removeLast();
  void addFirst(E value);
  void addLast(E value);
  void add(E value);
  bool remove(Object? value);
  void addAll(Iterable<E> iterable);
  void removeWhere(bool Function(E element) test);
  void retainWhere(bool Function(E element) test);
  void clear();
}

class ListQueue<E> extends Queue<E> {
  List<E?> _table;
  int _head = 0;
  int _tail = 0;
  int _modificationCount = 0;

  ListQueue([int? initialCapacity])
      : _table = List<E?>.filled(_capacityFor(initialCapacity), null),
        super._();

  // The smallest power of two above [initialCapacity] (at least 8), leaving one slot free.
  static int _capacityFor(int? initialCapacity) {
    if (initialCapacity == null || initialCapacity < 8) return 8;
    int capacity = 8;
    while (capacity <= initialCapacity) {
      capacity *= 2;
    }
    return capacity;
  }

  factory ListQueue.from(Iterable elements) {
    ListQueue<E> result = ListQueue<E>();
    for (Object? element in elements) {
      result.addLast(element);
    }
    return result;
  }

  factory ListQueue.of(Iterable<E> elements) => ListQueue<E>()..addAll(elements);

  Iterator<E> get iterator => _ListQueueIterator<E>(this);

  void forEach(void Function(E element) f) {
    int modificationCount = _modificationCount;
    for (int i = _head; i != _tail; i = (i + 1) & (_table.length - 1)) {
      f(_table[i]);
      if (modificationCount != _modificationCount) throw ConcurrentModificationError(this);
    }
  }

  bool get isEmpty => _head == _tail;

  int get length => (_tail - _head) & (_table.length - 1);

  E get first {
    if (_head == _tail) throw StateError("No element");
    return _table[_head];
  }

  E get last {
    if (_head == _tail) throw StateError("No element");
    return _table[(_tail - 1) & (_table.length - 1)];
  }

  E get single {
    if (_head == _tail) throw StateError("No element");
    if (length > 1) throw StateError("Too many elements");
    return _table[_head];
  }

  E elementAt(int index) {
    IndexError.check(index, length, indexable: this);
    return _table[(_head + index) & (_table.length - 1)];
  }

  List<E> toList({bool growable = true}) => List<E>.of(this, growable: growable);

  void add(E value) {
    _add(value);
  }

  void addAll(Iterable<E> elements) {
    for (E element in elements) {
      _add(element);
    }
  }

  bool remove(Object? value) {
    for (int i = _head; i != _tail; i = (i + 1) & (_table.length - 1)) {
      if (_table[i] == value) {
        _remove(i);
        _modificationCount++;
        return true;
      }
    }
    return false;
  }

  void _filterWhere(bool Function(E element) test, bool removeMatching) {
    int modificationCount = _modificationCount;
    int i = _head;
    while (i != _tail) {
      E element = _table[i];
      bool remove = identical(removeMatching, test(element));
      if (modificationCount != _modificationCount) throw ConcurrentModificationError(this);
      if (remove) {
        i = _remove(i);
        modificationCount = ++_modificationCount;
      } else {
        i = (i + 1) & (_table.length - 1);
      }
    }
  }

  void removeWhere(bool Function(E element) test) {
    _filterWhere(test, true);
  }

  void retainWhere(bool Function(E element) test) {
    _filterWhere(test, false);
  }

  void clear() {
    if (_head != _tail) {
      for (int i = _head; i != _tail; i = (i + 1) & (_table.length - 1)) {
        _table[i] = null;
      }
      _head = _tail = 0;
      _modificationCount++;
    }
  }

  String toString() => IterableBase.iterableToFullString(this, "{", "}");

  void addLast(E value) {
    _add(value);
  }

  void addFirst(E value) {
    _head = (_head - 1) & (_table.length - 1);
    _table[_head] = value;
    if (_head == _tail) _grow();
    _modificationCount++;
  }

  E removeFirst() {
    if (_head == _tail) throw StateError("No element");
    _modificationCount++;
    E result = _table[_head];
    _table[_head] = null;
    _head = (_head + 1) & (_table.length - 1);
    return result;
  }

  E removeLast() {
    if (_head == _tail) throw StateError("No element");
    _modificationCount++;
    _tail = (_tail - 1) & (_table.length - 1);
    E result = _table[_tail];
    _table[_tail] = null;
    return result;
  }

  void _add(E element) {
    _table[_tail] = element;
    _tail = (_tail + 1) & (_table.length - 1);
    if (_head == _tail) _grow();
    _modificationCount++;
  }

  // Removes the element at table index [offset]; returns the index of the next element.
  int _remove(int offset) {
    int mask = _table.length - 1;
    int startDistance = (offset - _head) & mask;
    int endDistance = (_tail - offset) & mask;
    if (startDistance < endDistance) {
      int i = offset;
      while (i != _head) {
        int prevOffset = (i - 1) & mask;
        _table[i] = _table[prevOffset];
        i = prevOffset;
      }
      _table[_head] = null;
      _head = (_head + 1) & mask;
      return (offset + 1) & mask;
    }
    _tail = (_tail - 1) & mask;
    int i = offset;
    while (i != _tail) {
      int nextOffset = (i + 1) & mask;
      _table[i] = _table[nextOffset];
      i = nextOffset;
    }
    _table[_tail] = null;
    return offset;
  }

  // Doubles the table when the queue has filled it (head caught up with tail).
  void _grow() {
    List<E?> newTable = List<E?>.filled(_table.length * 2, null);
    int split = _table.length - _head;
    newTable.setRange(0, split, _table, _head);
    newTable.setRange(split, split + _head, _table, 0);
    _head = 0;
    _tail = _table.length;
    _table = newTable;
  }
}

class _ListQueueIterator<E> implements Iterator<E> {
  final ListQueue<E> _queue;
  final int _end;
  final int _modificationCount;
  int _position;
  E? _current;

  _ListQueueIterator(ListQueue<E> queue)
      : _queue = queue,
        _end = queue._tail,
        _modificationCount = queue._modificationCount,
        _position = queue._head;

  E get current => _current;

  bool moveNext() {
    if (_modificationCount != _queue._modificationCount) {
      throw ConcurrentModificationError(_queue);
    }
    if (_position == _end) {
      _current = null;
      return false;
    }
    _current = _queue._table[_position];
    _position = (_position + 1) & (_queue._table.length - 1);
    return true;
  }
}

// An element of a DoubleLinkedQueue, which it can be moved around or removed through.
class DoubleLinkedQueueEntry<E> {
  DoubleLinkedQueue<E>? _queue;
  DoubleLinkedQueueEntry<E>? _previous;
  DoubleLinkedQueueEntry<E>? _next;
  E element;

  DoubleLinkedQueueEntry(this.element);

  void append(E e) {
    DoubleLinkedQueue<E>? queue = _queue;
    if (queue == null) throw StateError("Entry is not in a queue");
    queue._insertAfter(this, e);
  }

  void prepend(E e) {
    DoubleLinkedQueue<E>? queue = _queue;
    if (queue == null) throw StateError("Entry is not in a queue");
    queue._insertAfter(_previous, e);
  }

  E remove() {
    DoubleLinkedQueue<E>? queue = _queue;
    if (queue != null) queue._unlink(this);
    return element;
  }

  DoubleLinkedQueueEntry<E>? previousEntry() => _previous;

  DoubleLinkedQueueEntry<E>? nextEntry() => _next;
}

class DoubleLinkedQueue<E> extends Queue<E> {
  DoubleLinkedQueueEntry<E>? _first;
  DoubleLinkedQueueEntry<E>? _last;
  int _length = 0;
  int _modificationCount = 0;

  DoubleLinkedQueue() : super._();

  factory DoubleLinkedQueue.from(Iterable elements) {
    DoubleLinkedQueue<E> result = DoubleLinkedQueue<E>();
    for (Object? element in elements) {
      result.addLast(element);
    }
    return result;
  }

  factory DoubleLinkedQueue.of(Iterable<E> elements) => DoubleLinkedQueue<E>()..addAll(elements);

  // Links a new entry for [element] after [previous] (null: at the front).
  void _insertAfter(DoubleLinkedQueueEntry<E>? previous, E element) {
    DoubleLinkedQueueEntry<E> entry = DoubleLinkedQueueEntry<E>(element);
    entry._queue = this;
    DoubleLinkedQueueEntry<E>? next = previous == null ? _first : previous._next;
    entry._previous = previous;
    entry._next = next;
    if (previous == null) {
      _first = entry;
    } else {
      previous._next = entry;
    }
    if (next == null) {
      _last = entry;
    } else {
      next._previous = entry;
    }
    _length++;
    _modificationCount++;
  }

  void _unlink(DoubleLinkedQueueEntry<E> entry) {
    DoubleLinkedQueueEntry<E>? previous = entry._previous;
    DoubleLinkedQueueEntry<E>? next = entry._next;
    if (previous == null) {
      _first = next;
    } else {
      previous._next = next;
    }
    if (next == null) {
      _last = previous;
    } else {
      next._previous = previous;
    }
    entry._queue = null;
    entry._previous = null;
    entry._next = null;
    _length--;
    _modificationCount++;
  }

  int get length => _length;

  bool get isEmpty => _length == 0;

  void addLast(E value) {
    _insertAfter(_last, value);
  }

  void addFirst(E value) {
    _insertAfter(null, value);
  }

  void add(E value) {
    _insertAfter(_last, value);
  }

  void addAll(Iterable<E> iterable) {
    for (E value in iterable) {
      _insertAfter(_last, value);
    }
  }

  E removeLast() {
    DoubleLinkedQueueEntry<E>? last = _last;
    if (last == null) throw StateError("No element");
    _unlink(last);
    return last.element;
  }

  E removeFirst() {
    DoubleLinkedQueueEntry<E>? first = _first;
    if (first == null) throw StateError("No element");
    _unlink(first);
    return first.element;
  }

  bool remove(Object? o) {
    DoubleLinkedQueueEntry<E>? entry = _first;
    while (entry != null) {
      int modificationCount = _modificationCount;
      bool equals = entry.element == o;
      if (modificationCount != _modificationCount) throw ConcurrentModificationError(this);
      if (equals) {
        _unlink(entry);
        return true;
      }
      entry = entry._next;
    }
    return false;
  }

  void _filter(bool Function(E element) test, bool removeMatching) {
    DoubleLinkedQueueEntry<E>? entry = _first;
    while (entry != null) {
      int modificationCount = _modificationCount;
      bool matches = test(entry.element);
      if (modificationCount != _modificationCount) throw ConcurrentModificationError(this);
      DoubleLinkedQueueEntry<E>? next = entry._next;
      if (matches == removeMatching) _unlink(entry);
      entry = next;
    }
  }

  void removeWhere(bool Function(E element) test) {
    _filter(test, true);
  }

  void retainWhere(bool Function(E element) test) {
    _filter(test, false);
  }

  E get first {
    DoubleLinkedQueueEntry<E>? first = _first;
    if (first == null) throw StateError("No element");
    return first.element;
  }

  E get last {
    DoubleLinkedQueueEntry<E>? last = _last;
    if (last == null) throw StateError("No element");
    return last.element;
  }

  E get single {
    DoubleLinkedQueueEntry<E>? first = _first;
    if (first == null) throw StateError("No element");
    if (_length > 1) throw StateError("Too many elements");
    return first.element;
  }

  DoubleLinkedQueueEntry<E>? firstEntry() => _first;

  DoubleLinkedQueueEntry<E>? lastEntry() => _last;

  void clear() {
    while (_first != null) {
      _unlink(_first!);
    }
  }

  void forEachEntry(void Function(DoubleLinkedQueueEntry<E> element) action) {
    DoubleLinkedQueueEntry<E>? entry = _first;
    while (entry != null) {
      DoubleLinkedQueueEntry<E>? next = entry._next;
      action(entry);
      entry = next;
    }
  }

  Iterator<E> get iterator => _DoubleLinkedQueueIterator<E>(this);

  String toString() => IterableBase.iterableToFullString(this, '{', '}');
}

class _DoubleLinkedQueueIterator<E> implements Iterator<E> {
  final DoubleLinkedQueue<E> _queue;
  final int _modificationCount;
  DoubleLinkedQueueEntry<E>? _next;
  E? _current;

  _DoubleLinkedQueueIterator(DoubleLinkedQueue<E> queue)
      : _queue = queue,
        _modificationCount = queue._modificationCount,
        _next = queue._first;

  bool moveNext() {
    if (_modificationCount != _queue._modificationCount) {
      throw ConcurrentModificationError(_queue);
    }
    DoubleLinkedQueueEntry<E>? next = _next;
    if (next == null) {
      _current = null;
      return false;
    }
    _current = next.element;
    _next = next._next;
    return true;
  }

  E get current => _current;
}
