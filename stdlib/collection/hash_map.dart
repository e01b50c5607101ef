// dart:collection HashMap and HashSet: unordered hash tables with the Dart VM's layout (8 buckets
// to start, chains with the newest entry first, doubling past 75% load, iteration bucket by
// bucket), so programs see Dart's iteration order whenever hash codes agree (ints, say).
// Custom and identity equality use the same tables with other equals/hashCode functions.
// Invariant: _modCount changes exactly when an entry is added or removed.

class _HashMapEntry {
  final Object? key;
  Object? value;
  final int hashCode;
  _HashMapEntry? next;

  _HashMapEntry(this.key, this.value, this.hashCode, this.next);
}

abstract class HashMap<K, V> implements Map<K, V> {
  factory HashMap(
      {bool Function(K key1, K key2)? equals,
      int Function(K key)? hashCode,
      bool Function(dynamic potentialKey)? isValidKey}) {
    if (isValidKey == null && hashCode == null && equals == null) return _HashMap<K, V>();
    return _HashMap<K, V>._custom(
        equals ?? _defaultEquals, hashCode ?? _defaultHashCode, isValidKey);
  }

  factory HashMap.identity() => _HashMap<K, V>._custom(identical, identityHashCode, null);

  factory HashMap.from(Map other) {
    HashMap<K, V> result = HashMap<K, V>();
    other.forEach((Object? key, Object? value) {
      result[key] = value;
    });
    return result;
  }

  factory HashMap.of(Map<K, V> other) => HashMap<K, V>.from(other);

  factory HashMap.fromIterable(Iterable iterable,
      {K Function(dynamic element)? key, V Function(dynamic element)? value}) {
    HashMap<K, V> result = HashMap<K, V>();
    for (Object? element in iterable) {
      result[key == null ? element : key(element)] = value == null ? element : value(element);
    }
    return result;
  }

  factory HashMap.fromIterables(Iterable<K> keys, Iterable<V> values) {
    HashMap<K, V> result = HashMap<K, V>();
    result.addAll(Map<K, V>.fromIterables(keys, values));
    return result;
  }

  factory HashMap.fromEntries(Iterable<MapEntry<K, V>> entries) =>
      HashMap<K, V>()..addEntries(entries);
}

class _HashMap<K, V> extends MapBase<K, V> implements HashMap<K, V> {
  List<_HashMapEntry?> _buckets = List<_HashMapEntry?>.filled(8, null);
  int _elementCount = 0;
  int _modCount = 0;
  final Function? _equals;
  final Function? _hasher;
  final Function? _validKey;

  _HashMap()
      : _equals = null,
        _hasher = null,
        _validKey = null;

  _HashMap._custom(bool Function(K a, K b) equals, int Function(K key) hashCode,
      bool Function(dynamic key)? isValidKey)
      : _equals = equals,
        _hasher = hashCode,
        _validKey = isValidKey;

  int _hash(Object? key) {
    Function? hasher = _hasher;
    return hasher == null ? key.hashCode : hasher(key);
  }

  bool _same(Object? stored, Object? key) {
    Function? equals = _equals;
    return equals == null ? stored == key : equals(stored, key);
  }

  bool _isValid(Object? key) {
    Function? validKey = _validKey;
    return validKey == null || validKey(key);
  }

  _HashMapEntry? _find(Object? key) {
    if (!_isValid(key)) return null;
    int hash = _hash(key);
    _HashMapEntry? entry = _buckets[hash & (_buckets.length - 1)];
    while (entry != null) {
      if (entry.hashCode == hash && _same(entry.key, key)) return entry;
      entry = entry.next;
    }
    return null;
  }

  int get length => _elementCount;

  bool get isEmpty => _elementCount == 0;

  bool get isNotEmpty => _elementCount != 0;

  Iterable<K> get keys => _HashMapIterable<K>(this, 0);

  Iterable<V> get values => _HashMapIterable<V>(this, 1);

  Iterable<MapEntry<K, V>> get entries => _HashMapIterable<MapEntry<K, V>>(this, 2);

  bool containsKey(Object? key) => _find(key) != null;

  bool containsValue(Object? value) {
    for (int i = 0; i < _buckets.length; i++) {
      _HashMapEntry? entry = _buckets[i];
      while (entry != null) {
        if (entry.value == value) return true;
        entry = entry.next;
      }
    }
    return false;
  }

  V? operator [](Object? key) {
    _HashMapEntry? entry = _find(key);
    return entry == null ? null : entry.value;
  }

  void operator []=(K key, V value) {
    _HashMapEntry? entry = _find(key);
    if (entry != null) {
      entry.value = value;
      return;
    }
    _addEntry(key, value, _hash(key));
  }

  V putIfAbsent(K key, V Function() ifAbsent) {
    _HashMapEntry? entry = _find(key);
    if (entry != null) return entry.value;
    int stamp = _modCount;
    V value = ifAbsent();
    if (stamp == _modCount) {
      _addEntry(key, value, _hash(key));
    } else {
      this[key] = value;
    }
    return value;
  }

  void forEach(void Function(K key, V value) action) {
    int stamp = _modCount;
    List<_HashMapEntry?> buckets = _buckets;
    for (int i = 0; i < buckets.length; i++) {
      _HashMapEntry? entry = buckets[i];
      while (entry != null) {
        action(entry.key, entry.value);
        if (stamp != _modCount) throw ConcurrentModificationError(this);
        entry = entry.next;
      }
    }
  }

  V? remove(Object? key) {
    if (!_isValid(key)) return null;
    int hash = _hash(key);
    int index = hash & (_buckets.length - 1);
    _HashMapEntry? entry = _buckets[index];
    _HashMapEntry? previous;
    while (entry != null) {
      _HashMapEntry? next = entry.next;
      if (entry.hashCode == hash && _same(entry.key, key)) {
        if (previous == null) {
          _buckets[index] = next;
        } else {
          previous.next = next;
        }
        _elementCount--;
        _modCount++;
        return entry.value;
      }
      previous = entry;
      entry = next;
    }
    return null;
  }

  void clear() {
    _elementCount = 0;
    _buckets = List<_HashMapEntry?>.filled(8, null);
    _modCount++;
  }

  void _addEntry(Object? key, Object? value, int hash) {
    int length = _buckets.length;
    int index = hash & (length - 1);
    _buckets[index] = _HashMapEntry(key, value, hash, _buckets[index]);
    _elementCount++;
    if ((_elementCount << 2) > ((length << 1) + length)) _resize();
    _modCount++;
  }

  void _resize() {
    List<_HashMapEntry?> oldBuckets = _buckets;
    int newLength = oldBuckets.length << 1;
    List<_HashMapEntry?> newBuckets = List<_HashMapEntry?>.filled(newLength, null);
    for (int i = 0; i < oldBuckets.length; i++) {
      _HashMapEntry? entry = oldBuckets[i];
      while (entry != null) {
        _HashMapEntry? next = entry.next;
        int index = entry.hashCode & (newLength - 1);
        entry.next = newBuckets[index];
        newBuckets[index] = entry;
        entry = next;
      }
    }
    _buckets = newBuckets;
  }
}

// Keys (kind 0), values (1) or entries (2) of a _HashMap, live.
class _HashMapIterable<E> extends Iterable<E> {
  final _HashMap _map;
  final int _kind;

  _HashMapIterable(this._map, this._kind);

  int get length => _map._elementCount;

  bool get isEmpty => _map._elementCount == 0;

  bool contains(Object? element) {
    if (_kind == 0) return _map.containsKey(element);
    if (_kind == 1) return _map.containsValue(element);
    return super.contains(element);
  }

  Iterator<E> get iterator => _HashMapIterator<E>(_map, _kind);
}

class _HashMapIterator<E> implements Iterator<E> {
  final _HashMap _map;
  final int _kind;
  final int _stamp;
  int _index = 0;
  _HashMapEntry? _entry;

  _HashMapIterator(_HashMap map, this._kind)
      : _map = map,
        _stamp = map._modCount;

  bool moveNext() {
    if (_stamp != _map._modCount) throw ConcurrentModificationError(_map);
    _HashMapEntry? entry = _entry;
    if (entry != null) {
      _HashMapEntry? next = entry.next;
      if (next != null) {
        _entry = next;
        return true;
      }
      _entry = null;
    }
    List<_HashMapEntry?> buckets = _map._buckets;
    for (int i = _index; i < buckets.length; i++) {
      _HashMapEntry? candidate = buckets[i];
      if (candidate != null) {
        _index = i + 1;
        _entry = candidate;
        return true;
      }
    }
    _index = buckets.length;
    return false;
  }

  E get current {
    _HashMapEntry? entry = _entry;
    if (entry == null) return null;
    if (_kind == 0) return entry.key;
    if (_kind == 1) return entry.value;
    return MapEntry(entry.key, entry.value);
  }
}

abstract class HashSet<E> implements Set<E> {
  factory HashSet(
      {bool Function(E e1, E e2)? equals,
      int Function(E e)? hashCode,
      bool Function(dynamic potentialKey)? isValidKey}) {
    if (isValidKey == null && hashCode == null && equals == null) return _HashSet<E>();
    return _HashSet<E>._custom(equals ?? _defaultEquals, hashCode ?? _defaultHashCode, isValidKey);
  }

  factory HashSet.identity() => _HashSet<E>._custom(identical, identityHashCode, null);

  factory HashSet.from(Iterable elements) {
    HashSet<E> result = HashSet<E>();
    for (Object? element in elements) {
      result.add(element);
    }
    return result;
  }

  factory HashSet.of(Iterable<E> elements) => HashSet<E>()..addAll(elements);
}

// A _HashMap whose values are unused: the set's elements are its keys.
class _HashSet<E> extends SetBase<E> implements HashSet<E> {
  final _HashMap<E, Object?> _map;

  _HashSet() : _map = _HashMap<E, Object?>();

  _HashSet._custom(bool Function(E a, E b) equals, int Function(E element) hashCode,
      bool Function(dynamic element)? isValidKey)
      : _map = _HashMap<E, Object?>._custom(equals, hashCode, isValidKey);

  _HashSet<E> _newSimilar() {
    _HashMap<E, Object?> map = _map;
    if (map._equals == null) return _HashSet<E>();
    return _HashSet<E>._custom(map._equals, map._hasher, map._validKey);
  }

  Iterator<E> get iterator => _HashSetIterator<E>(this, _HashMapIterator<E>(_map, 0));

  int get length => _map._elementCount;

  bool contains(Object? element) => _map._find(element) != null;

  E? lookup(Object? element) {
    _HashMapEntry? entry = _map._find(element);
    return entry == null ? null : entry.key;
  }

  bool add(E element) {
    if (_map._find(element) != null) return false;
    _map._addEntry(element, null, _map._hash(element));
    return true;
  }

  bool remove(Object? element) {
    int count = _map._elementCount;
    _map.remove(element);
    return _map._elementCount != count;
  }

  void clear() {
    _map.clear();
  }

  Set<E> toSet() => _newSimilar()..addAll(this);
}

// Iterates a _HashSet's keys; ConcurrentModificationError names the set, not its table.
class _HashSetIterator<E> implements Iterator<E> {
  final _HashSet<E> _set;
  final _HashMapIterator<E> _keys;

  _HashSetIterator(this._set, this._keys);

  bool moveNext() {
    if (_keys._stamp != _set._map._modCount) throw ConcurrentModificationError(_set);
    return _keys.moveNext();
  }

  E get current => _keys.current;
}
