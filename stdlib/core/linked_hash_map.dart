// _Map, the Map of dart:core: open addressing over an insertion-ordered entry list
// (hash_table.dart), keys compared with hashCode and ==. Iterators and forEach throw
// ConcurrentModificationError when an entry is added or removed meanwhile; assigning the value
// of an existing key is not a modification, as in Dart. _ConstMap is the unmodifiable subclass
// used for const maps and Map.unmodifiable.
// _CustomLinkedHashMap keys by caller-given equals/hashCode (Map.identity, dart:collection's
// LinkedHashMap(equals: ...)). Does not own printing (to_string.dart) or the Map constructors
// (map.dart).

import 'dart:collection';

class _Map<K, V> implements LinkedHashMap<K, V> {
  List<int> _index = List<int>.filled(16, 0);
  int _shift = 28;
  List _data = List.filled(16, null);
  List<int> _hashes = List<int>.filled(8, 0);
  int _used = 0;
  int _length = 0;
  int _modCount = 0;
  // The map's type arguments when it was made with them (`<String, int>{}`, `Map<K, V>()`), as
  // the VM keeps them (vm/runtime_types.h: a raw pointer, never read by Dart code); null when
  // erased. Set by the compiled code that creates the map, before its constructor runs.
  Object? _typeArguments;

  _Map();

  int get length => _length;

  bool get isEmpty => _length == 0;

  bool get isNotEmpty => _length != 0;

  V? operator [](Object? key) {
    int slot = _hashFindSlot(_index, _shift, _data, 2, _hashes, key, _hashOf(key));
    if (slot < 0) return null;
    return _data[2 * _index[slot] - 1];
  }

  void operator []=(K key, V value) {
    _set(key, value);
  }

  bool containsKey(Object? key) =>
      _hashFindSlot(_index, _shift, _data, 2, _hashes, key, _hashOf(key)) >= 0;

  bool containsValue(Object? value) {
    int modCount = _modCount;
    for (int i = 0; i < _used; i++) {
      if (identical(_data[2 * i], _deletedEntry)) continue;
      if (_data[2 * i + 1] == value) return true;
      if (modCount != _modCount) throw ConcurrentModificationError(this);
    }
    return false;
  }

  // Sets the value of [key], adding an entry when it is new.
  void _set(Object? key, Object? value) {
    int hash = _hashOf(key);
    int slot = _hashFindSlot(_index, _shift, _data, 2, _hashes, key, hash);
    if (slot >= 0) {
      _data[2 * _index[slot] - 1] = value;
      return;
    }
    _insert(key, value, hash);
  }

  // Appends an entry for [key], known to be absent.
  void _insert(Object? key, Object? value, int hash) {
    if (_used == _hashes.length) _grow();
    int entry = _used;
    _data[2 * entry] = key;
    _data[2 * entry + 1] = value;
    _hashes[entry] = hash;
    _hashInsertEntry(_index, _shift, hash, entry);
    _used = entry + 1;
    _length++;
    _modCount++;
  }

  // Called when the entry list is full: doubles it, or only drops the removed entries when at
  // most half of them are live.
  void _grow() {
    int capacity = _hashes.length;
    _rehash(_length * 2 >= capacity ? capacity * 2 : capacity);
  }

  void _rehash(int capacity) {
    List data = List.filled(2 * capacity, null);
    List<int> hashes = List<int>.filled(capacity, 0);
    List<int> index = List<int>.filled(2 * capacity, 0);
    int shift = _hashShiftFor(2 * capacity);
    int j = 0;
    for (int i = 0; i < _used; i++) {
      Object? key = _data[2 * i];
      if (identical(key, _deletedEntry)) continue;
      data[2 * j] = key;
      data[2 * j + 1] = _data[2 * i + 1];
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

  V putIfAbsent(K key, V Function() ifAbsent) {
    int hash = _hashOf(key);
    int slot = _hashFindSlot(_index, _shift, _data, 2, _hashes, key, hash);
    if (slot >= 0) return _data[2 * _index[slot] - 1];
    int modCount = _modCount;
    V value = ifAbsent();
    // As in Dart, ifAbsent may change the map (a memoizing recursion does): then the key is
    // looked up again.
    if (modCount != _modCount) {
      _set(key, value);
    } else {
      _insert(key, value, hash);
    }
    return value;
  }

  V update(K key, V Function(V value) update, {V Function()? ifAbsent}) {
    if (containsKey(key)) {
      V value = update(this[key]);
      _set(key, value);
      return value;
    }
    if (ifAbsent != null) {
      V value = ifAbsent();
      _set(key, value);
      return value;
    }
    throw ArgumentError.value(key, "key", "Key not in map.");
  }

  void updateAll(V Function(K key, V value) update) {
    int modCount = _modCount;
    for (int i = 0; i < _used; i++) {
      Object? key = _data[2 * i];
      if (identical(key, _deletedEntry)) continue;
      V value = update(key, _data[2 * i + 1]);
      if (modCount != _modCount) throw ConcurrentModificationError(this);
      _data[2 * i + 1] = value;
    }
  }

  V? remove(Object? key) {
    int slot = _hashFindSlot(_index, _shift, _data, 2, _hashes, key, _hashOf(key));
    if (slot < 0) return null;
    return _removeSlot(slot);
  }

  // Removes the entry recorded in index [slot] and returns its value.
  V _removeSlot(int slot) {
    int entry = _index[slot] - 1;
    V value = _data[2 * entry + 1];
    _index[slot] = -1;
    _data[2 * entry] = _deletedEntry;
    _data[2 * entry + 1] = null;
    _length--;
    _modCount++;
    if (_length == 0) {
      // Nothing live is left: start the entry list and the index afresh (no tombstones).
      _index = List<int>.filled(_index.length, 0);
      _used = 0;
    }
    return value;
  }

  void removeWhere(bool Function(K key, V value) test) {
    List keysToRemove = [];
    int modCount = _modCount;
    for (int i = 0; i < _used; i++) {
      Object? key = _data[2 * i];
      if (identical(key, _deletedEntry)) continue;
      if (test(key, _data[2 * i + 1])) keysToRemove.add(key);
      if (modCount != _modCount) throw ConcurrentModificationError(this);
    }
    for (int i = 0; i < keysToRemove.length; i++) {
      remove(keysToRemove[i]);
    }
  }

  void forEach(void Function(K key, V value) action) {
    int modCount = _modCount;
    for (int i = 0; i < _used; i++) {
      Object? key = _data[2 * i];
      if (identical(key, _deletedEntry)) continue;
      action(key, _data[2 * i + 1]);
      if (modCount != _modCount) throw ConcurrentModificationError(this);
    }
  }

  void addAll(Map<K, V> other) {
    other.forEach((K key, V value) {
      this[key] = value;
    });
  }

  void addEntries(Iterable<MapEntry<K, V>> newEntries) {
    for (MapEntry<K, V> entry in newEntries) {
      this[entry.key] = entry.value;
    }
  }

  void clear() {
    if (_length == 0 && _used == 0) return;
    if (_length > 0) _modCount++;
    _index = List<int>.filled(16, 0);
    _shift = 28;
    _data = List.filled(16, null);
    _hashes = List<int>.filled(8, 0);
    _used = 0;
    _length = 0;
  }

  Iterable<K> get keys => _HashMapView<K>(this, 0);

  Iterable<V> get values => _HashMapView<V>(this, 1);

  Iterable<MapEntry<K, V>> get entries => _HashMapView<MapEntry<K, V>>(this, 2);

  Map<K2, V2> map<K2, V2>(MapEntry<K2, V2> Function(K key, V value) convert) {
    _Map<K2, V2> result = _Map<K2, V2>();
    forEach((K key, V value) {
      MapEntry<K2, V2> entry = convert(key, value);
      result[entry.key] = entry.value;
    });
    return result;
  }

  // A view whose reads are checked against RK and RV (cast.dart).
  Map<RK, RV> cast<RK, RV>() => _CastMap<K, V, RK, RV>(
      this, (Object? k) => k as RK, (Object? v) => v as RV, (Object? v) => v as RV?);

  String toString() => _mapToString(this);
}

// The keys (kind 0), values (kind 1) or entries (kind 2) of a _Map, live.
class _HashMapView<E> extends Iterable<E> {
  final _Map _map;
  final int _kind;

  _HashMapView(this._map, this._kind);

  Iterator<E> get iterator => _HashMapIterator<E>(_map, _kind);

  int get length => _map._length;

  bool get isEmpty => _map._length == 0;

  bool get isNotEmpty => _map._length != 0;

  bool contains(Object? element) {
    if (_kind == 0) return _map.containsKey(element);
    if (_kind == 1) return _map.containsValue(element);
    return super.contains(element);
  }
}

class _HashMapIterator<E> implements Iterator<E> {
  final _Map _map;
  final int _kind;
  final int _modCount;
  int _position = 0;
  E? _current;

  _HashMapIterator(_Map map, this._kind)
      : _map = map,
        _modCount = map._modCount;

  bool moveNext() {
    if (_modCount != _map._modCount) throw ConcurrentModificationError(_map);
    List data = _map._data;
    int used = _map._used;
    while (_position < used) {
      int i = _position;
      _position = i + 1;
      Object? key = data[2 * i];
      if (identical(key, _deletedEntry)) continue;
      if (_kind == 0) {
        _current = key;
      } else if (_kind == 1) {
        _current = data[2 * i + 1];
      } else {
        _current = MapEntry(key, data[2 * i + 1]);
      }
      return true;
    }
    _current = null;
    return false;
  }

  E get current => _current;
}

// A linked map whose keys are compared with [_equals] and hashed with [_hasher]; keys for which
// [_validKey] is false are never looked up (they are absent). Entries are stored as in
// _Map, so iteration, forEach and rehashing are inherited; only lookups differ.
class _CustomLinkedHashMap<K, V> extends _Map<K, V> {
  final bool Function(K a, K b) _equals;
  final int Function(K key) _hasher;
  final bool Function(dynamic key)? _validKey;

  _CustomLinkedHashMap(this._equals, this._hasher, this._validKey);

  bool _isValid(Object? key) {
    bool Function(dynamic key)? validKey = _validKey;
    return validKey == null || validKey(key);
  }

  int _customHash(Object? key) => _hasher(key) & 0x3fffffff;

  int _find(Object? key, int hash) =>
      _hashFindSlotCustom(_index, _shift, _data, 2, _hashes, key, hash, _equals);

  V? operator [](Object? key) {
    if (!_isValid(key)) return null;
    int slot = _find(key, _customHash(key));
    if (slot < 0) return null;
    return _data[2 * _index[slot] - 1];
  }

  bool containsKey(Object? key) => _isValid(key) && _find(key, _customHash(key)) >= 0;

  void _set(Object? key, Object? value) {
    int hash = _customHash(key);
    int slot = _find(key, hash);
    if (slot >= 0) {
      _data[2 * _index[slot] - 1] = value;
      return;
    }
    _insert(key, value, hash);
  }

  V putIfAbsent(K key, V Function() ifAbsent) {
    int hash = _customHash(key);
    int slot = _find(key, hash);
    if (slot >= 0) return _data[2 * _index[slot] - 1];
    int modCount = _modCount;
    V value = ifAbsent();
    // ifAbsent may change the map: then the key is looked up again.
    if (modCount != _modCount) {
      _set(key, value);
    } else {
      _insert(key, value, hash);
    }
    return value;
  }

  V? remove(Object? key) {
    if (!_isValid(key)) return null;
    int slot = _find(key, _customHash(key));
    if (slot < 0) return null;
    return _removeSlot(slot);
  }

  Map<K2, V2> map<K2, V2>(MapEntry<K2, V2> Function(K key, V value) convert) {
    _Map<K2, V2> result = _Map<K2, V2>();
    forEach((K key, V value) {
      MapEntry<K2, V2> entry = convert(key, value);
      result[entry.key] = entry.value;
    });
    return result;
  }
}

// Const maps and Map.unmodifiable: built once through _set, then every mutator throws.
class _ConstMap<K, V> extends _Map<K, V> {
  _ConstMap._fromList(List keysAndValues) {
    for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
      _set(keysAndValues[i], keysAndValues[i + 1]);
    }
    _freeze();
  }

  _ConstMap._from(Map other) {
    other.forEach((key, value) {
      _set(key, value);
    });
    _freeze();
  }

  // Makes the table's lists unmodifiable, so that equal const maps have equal, canonicalizable
  // contents (the VM canonicalizes const objects field by field).
  void _freeze() {
    _index = List._makeImmutable(_index);
    _data = List._makeImmutable(_data);
    _hashes = List._makeImmutable(_hashes);
  }

  static Never _unmodifiable() {
    throw UnsupportedError("Cannot modify unmodifiable map");
  }

  void operator []=(K key, V value) {
    _unmodifiable();
  }

  V putIfAbsent(K key, V Function() ifAbsent) => _unmodifiable();

  V update(K key, V Function(V value) update, {V Function()? ifAbsent}) => _unmodifiable();

  void updateAll(V Function(K key, V value) update) {
    _unmodifiable();
  }

  V? remove(Object? key) => _unmodifiable();

  void removeWhere(bool Function(K key, V value) test) {
    _unmodifiable();
  }

  void addAll(Map<K, V> other) {
    _unmodifiable();
  }

  void addEntries(Iterable<MapEntry<K, V>> newEntries) {
    _unmodifiable();
  }

  void clear() {
    _unmodifiable();
  }
}
