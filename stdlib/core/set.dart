// dart:core Set and _Set, its insertion-ordered implementation (the same open
// addressing as _Map, hash_table.dart, with one data slot per entry). _ConstSet is the
// unmodifiable subclass for const sets and Set.unmodifiable. Sets print as "{1, 2}".
// _CustomLinkedHashSet compares elements with caller-given equals/hashCode (Set.identity,
// dart:collection's LinkedHashSet(equals: ...)).
// Does not own the hash index helpers (hash_table.dart).

import 'dart:collection';

abstract class Set<E> extends Iterable<E> {
  Set._();

  factory Set() => _Set<E>();

  factory Set.from(Iterable elements) {
    _Set<E> result = _Set<E>();
    for (Object? element in elements) {
      result.add(element);
    }
    return result;
  }

  factory Set.of(Iterable<E> elements) => Set<E>.from(elements);

  factory Set.unmodifiable(Iterable<E> elements) => _ConstSet<E>._from(elements);

  // A view of [source] whose reads are checked against T (cast.dart).
  static Set<T> castFrom<S, T>(Set<S> source) => _CastSet<S, T>(source, (Object? e) => e as T);

  // Elements compared with identical and hashed with identityHashCode, in insertion order.
  factory Set.identity() => _CustomLinkedHashSet<E>(identical, identityHashCode, null);

  // The insertion-ordered set behind dart:collection's LinkedHashSet(equals:, hashCode:,
  // isValidKey:); every argument is non-null but isValidKey.
  factory Set._custom(bool Function(E a, E b) equals, int Function(E element) hashCode,
          bool Function(dynamic element)? isValidKey) =>
      _CustomLinkedHashSet<E>(equals, hashCode, isValidKey);

  bool add(E value);
  void addAll(Iterable<E> elements);
  bool remove(Object? value);
  E? lookup(Object? object);
  void removeAll(Iterable<Object?> elements);
  void retainAll(Iterable<Object?> elements);
  void removeWhere(bool Function(E element) test);
  void retainWhere(bool Function(E element) test);
  bool containsAll(Iterable<Object?> other);
  Set<E> intersection(Set<Object?> other);
  Set<E> union(Set<E> other);
  Set<E> difference(Set<Object?> other);
  void clear();
}

class _Set<E> extends Set<E> implements LinkedHashSet<E> {
  List<int> _index = List<int>.filled(16, 0);
  int _shift = 28;
  List _data = List.filled(8, null);
  List<int> _hashes = List<int>.filled(8, 0);
  int _used = 0;
  int _length = 0;
  int _modCount = 0;
  // The set's type arguments when it was made with them (`<int>{}`, `Set<E>()`), as the VM
  // keeps them (vm/runtime_types.h: a raw pointer, never read by Dart code); null when erased.
  Object? _typeArguments;

  _Set() : super._();

  int get length => _length;

  bool get isEmpty => _length == 0;

  bool get isNotEmpty => _length != 0;

  Iterator<E> get iterator => _HashSetIterator<E>(this);

  bool contains(Object? element) =>
      _hashFindSlot(_index, _shift, _data, 1, _hashes, element, _hashOf(element)) >= 0;

  E? lookup(Object? object) {
    int slot = _hashFindSlot(_index, _shift, _data, 1, _hashes, object, _hashOf(object));
    if (slot < 0) return null;
    return _data[_index[slot] - 1];
  }

  bool add(E value) => _add(value);

  bool _add(Object? value) {
    int hash = _hashOf(value);
    if (_hashFindSlot(_index, _shift, _data, 1, _hashes, value, hash) >= 0) return false;
    _append(value, hash);
    return true;
  }

  // Appends [value], known to be absent, with its table [hash].
  void _append(Object? value, int hash) {
    if (_used == _hashes.length) {
      int capacity = _hashes.length;
      _rehash(_length * 2 >= capacity ? capacity * 2 : capacity);
    }
    int entry = _used;
    _data[entry] = value;
    _hashes[entry] = hash;
    _hashInsertEntry(_index, _shift, hash, entry);
    _used = entry + 1;
    _length++;
    _modCount++;
  }

  void _rehash(int capacity) {
    List data = List.filled(capacity, null);
    List<int> hashes = List<int>.filled(capacity, 0);
    List<int> index = List<int>.filled(2 * capacity, 0);
    int shift = _hashShiftFor(2 * capacity);
    int j = 0;
    for (int i = 0; i < _used; i++) {
      Object? element = _data[i];
      if (identical(element, _deletedEntry)) continue;
      data[j] = element;
      int hash = _hashes[i];
      hashes[j] = hash;
      _hashInsertEntry(index, shift, hash, j);
      j++;
    }
    _data = data;
    _hashes = hashes;
    _index = index;
    _shift = shift;
    _used = j;
  }

  void addAll(Iterable<E> elements) {
    for (E element in elements) {
      _add(element);
    }
  }

  bool remove(Object? value) {
    int slot = _hashFindSlot(_index, _shift, _data, 1, _hashes, value, _hashOf(value));
    if (slot < 0) return false;
    _removeSlot(slot);
    return true;
  }

  // Removes the element recorded in index [slot].
  void _removeSlot(int slot) {
    int entry = _index[slot] - 1;
    _index[slot] = -1;
    _data[entry] = _deletedEntry;
    _length--;
    _modCount++;
    if (_length == 0) {
      _index = List<int>.filled(_index.length, 0);
      _used = 0;
    }
  }

  void removeAll(Iterable<Object?> elements) {
    for (Object? element in elements) {
      remove(element);
    }
  }

  void retainAll(Iterable<Object?> elements) {
    Set<Object?> keep = Set<Object?>.from(elements);
    retainWhere((E element) => keep.contains(element));
  }

  void removeWhere(bool Function(E element) test) {
    _filter(test, false);
  }

  void retainWhere(bool Function(E element) test) {
    _filter(test, true);
  }

  void _filter(bool Function(E element) test, bool retainMatching) {
    List toRemove = [];
    int modCount = _modCount;
    for (int i = 0; i < _used; i++) {
      Object? element = _data[i];
      if (identical(element, _deletedEntry)) continue;
      if (test(element) != retainMatching) toRemove.add(element);
      if (modCount != _modCount) throw ConcurrentModificationError(this);
    }
    for (int i = 0; i < toRemove.length; i++) {
      remove(toRemove[i]);
    }
  }

  bool containsAll(Iterable<Object?> other) {
    for (Object? element in other) {
      if (!contains(element)) return false;
    }
    return true;
  }

  // An empty set with the same element equality as this one.
  _Set<E> _newSimilar() => _Set<E>();

  Set<E> intersection(Set<Object?> other) {
    _Set<E> result = _newSimilar();
    for (E element in this) {
      if (other.contains(element)) result._add(element);
    }
    return result;
  }

  Set<E> union(Set<E> other) {
    Set<E> result = toSet();
    result.addAll(other);
    return result;
  }

  Set<E> difference(Set<Object?> other) {
    _Set<E> result = _newSimilar();
    for (E element in this) {
      if (!other.contains(element)) result._add(element);
    }
    return result;
  }

  void clear() {
    if (_length == 0 && _used == 0) return;
    if (_length > 0) _modCount++;
    _index = List<int>.filled(16, 0);
    _shift = 28;
    _data = List.filled(8, null);
    _hashes = List<int>.filled(8, 0);
    _used = 0;
    _length = 0;
  }

  Set<E> toSet() {
    _Set<E> result = _newSimilar();
    result.addAll(this);
    return result;
  }

  // A view whose reads are checked against R (cast.dart).
  Set<R> cast<R>() => _CastSet<E, R>(this, (Object? e) => e as R);

  String toString() => _iterableToFullString(this, "{", "}");
}

// A linked set whose elements are compared with [_equals] and hashed with [_hasher]; objects for
// which [_validKey] is false are never looked up. Storage, iteration and rehashing are
// inherited from _Set; only lookups differ.
class _CustomLinkedHashSet<E> extends _Set<E> {
  final bool Function(E a, E b) _equals;
  final int Function(E element) _hasher;
  final bool Function(dynamic element)? _validKey;

  _CustomLinkedHashSet(this._equals, this._hasher, this._validKey);

  bool _isValid(Object? element) {
    bool Function(dynamic element)? validKey = _validKey;
    return validKey == null || validKey(element);
  }

  int _find(Object? element, int hash) =>
      _hashFindSlotCustom(_index, _shift, _data, 1, _hashes, element, hash, _equals);

  _Set<E> _newSimilar() => _CustomLinkedHashSet<E>(_equals, _hasher, _validKey);

  bool contains(Object? element) =>
      _isValid(element) && _find(element, _hasher(element) & 0x3fffffff) >= 0;

  E? lookup(Object? object) {
    if (!_isValid(object)) return null;
    int slot = _find(object, _hasher(object) & 0x3fffffff);
    if (slot < 0) return null;
    return _data[_index[slot] - 1];
  }

  bool _add(Object? value) {
    int hash = _hasher(value) & 0x3fffffff;
    if (_find(value, hash) >= 0) return false;
    _append(value, hash);
    return true;
  }

  bool remove(Object? value) {
    if (!_isValid(value)) return false;
    int slot = _find(value, _hasher(value) & 0x3fffffff);
    if (slot < 0) return false;
    _removeSlot(slot);
    return true;
  }
}

class _HashSetIterator<E> implements Iterator<E> {
  final _Set<E> _set;
  final int _modCount;
  int _position = 0;
  E? _current;

  _HashSetIterator(_Set<E> set)
      : _set = set,
        _modCount = set._modCount;

  bool moveNext() {
    if (_modCount != _set._modCount) throw ConcurrentModificationError(_set);
    List data = _set._data;
    int used = _set._used;
    while (_position < used) {
      Object? element = data[_position];
      _position++;
      if (identical(element, _deletedEntry)) continue;
      _current = element;
      return true;
    }
    _current = null;
    return false;
  }

  E get current => _current;
}

// Const sets and Set.unmodifiable: built once through _add, then every mutator throws.
class _ConstSet<E> extends _Set<E> {
  _ConstSet._from(Iterable elements) {
    for (Object? element in elements) {
      _add(element);
    }
    // Unmodifiable lists, so that equal const sets canonicalize to one object.
    _index = List._makeImmutable(_index);
    _data = List._makeImmutable(_data);
    _hashes = List._makeImmutable(_hashes);
  }

  static Never _unmodifiable() {
    throw UnsupportedError("Cannot change an unmodifiable set");
  }

  bool add(E value) => _unmodifiable();

  void addAll(Iterable<E> elements) {
    _unmodifiable();
  }

  bool remove(Object? value) => _unmodifiable();

  void removeAll(Iterable<Object?> elements) {
    _unmodifiable();
  }

  void retainAll(Iterable<Object?> elements) {
    _unmodifiable();
  }

  void removeWhere(bool Function(E element) test) {
    _unmodifiable();
  }

  void retainWhere(bool Function(E element) test) {
    _unmodifiable();
  }

  void clear() {
    _unmodifiable();
  }
}
