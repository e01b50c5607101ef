// som.dart: the support library of the Are We Fast Yet suite (Vector, Set, IdentitySet,
// Dictionary, IdentityDictionary, Random), ported to Dart from the suite's own library
// (smarr/are-we-fast-yet, benchmarks/{Java,JavaScript,Lua}/som, MIT license, derived from the
// SOM class library). The suite's rules require benchmarks to use these classes instead of the
// language's built-in collections, so every language does the same work. Arrays are used as
// fixed-size: growing a Vector copies its storage into a new, larger fixed-length List.

/// The initial storage size of a Vector created without a size and of a Set.
const int initialSize = 10;

/// The initial number of buckets of a Dictionary.
const int initialCapacity = 16;

/// A growable array with a movable start, the suite's basic collection.
class Vector<E> {
  List<E?> _storage;
  int _firstIdx = 0;
  int _lastIdx = 0;

  /// A vector with room for [size] elements; without a size the storage is allocated by the
  /// first append (as the Java and Lua versions do).
  Vector([int size = 0]) : _storage = List<E?>.filled(size, null);

  /// A vector holding just [elem] (`Vector.with` in the other languages; `with` is reserved in
  /// Dart).
  Vector.withElement(E elem) : _storage = List<E?>.filled(1, null) {
    append(elem);
  }

  E? at(int idx) {
    if (idx >= _storage.length) {
      return null;
    }
    return _storage[idx];
  }

  void atPut(int idx, E val) {
    if (_storage.isEmpty) {
      _storage = List<E?>.filled(idx + 1 > initialSize ? idx + 1 : initialSize, null);
    } else if (idx >= _storage.length) {
      var newLength = _storage.length;
      while (newLength <= idx) {
        newLength *= 2;
      }
      _storage = _copyStorage(newLength);
    }
    _storage[idx] = val;
    if (_lastIdx < idx + 1) {
      _lastIdx = idx + 1;
    }
  }

  void append(E elem) {
    if (_storage.isEmpty) {
      _storage = List<E?>.filled(initialSize, null);
    } else if (_lastIdx >= _storage.length) {
      // Need to expand capacity first.
      _storage = _copyStorage(2 * _storage.length);
    }
    _storage[_lastIdx] = elem;
    _lastIdx++;
  }

  // Copies the storage into a new fixed-length list of [newLength] slots (Arrays.copyOf).
  List<E?> _copyStorage(int newLength) {
    final newStorage = List<E?>.filled(newLength, null);
    final old = _storage;
    for (var i = 0; i < old.length; i++) {
      newStorage[i] = old[i];
    }
    return newStorage;
  }

  bool isEmpty() => _lastIdx == _firstIdx;

  void forEach(void Function(E elem) fn) {
    for (var i = _firstIdx; i < _lastIdx; i++) {
      fn(_storage[i] as E);
    }
  }

  bool hasSome(bool Function(E elem) fn) {
    for (var i = _firstIdx; i < _lastIdx; i++) {
      if (fn(_storage[i] as E)) {
        return true;
      }
    }
    return false;
  }

  E? getOne(bool Function(E elem) fn) {
    for (var i = _firstIdx; i < _lastIdx; i++) {
      final e = _storage[i] as E;
      if (fn(e)) {
        return e;
      }
    }
    return null;
  }

  E? first() {
    if (isEmpty()) {
      return null;
    }
    return _storage[_firstIdx];
  }

  E? removeFirst() {
    if (isEmpty()) {
      return null;
    }
    _firstIdx++;
    return _storage[_firstIdx - 1];
  }

  /// Removes every element identical to [obj]; answers whether there was one.
  bool remove(E obj) {
    if (_storage.isEmpty || isEmpty()) {
      return false;
    }
    final newArray = List<E?>.filled(capacity(), null);
    var newLast = 0;
    var found = false;

    forEach((E it) {
      if (identical(it, obj)) {
        found = true;
      } else {
        newArray[newLast] = it;
        newLast++;
      }
    });

    _storage = newArray;
    _lastIdx = newLast;
    _firstIdx = 0;
    return found;
  }

  void removeAll() {
    _firstIdx = 0;
    _lastIdx = 0;
    _storage = List<E?>.filled(_storage.length, null);
  }

  int size() => _lastIdx - _firstIdx;

  int capacity() => _storage.length;

  /// Sorts in place; [comparator] answers a negative number when its first argument comes
  /// first, a positive one when it comes second.
  void sort(int Function(E a, E b) comparator) {
    if (size() > 0) {
      _sortRange(_firstIdx, _lastIdx - 1, comparator);
    }
  }

  void _sortRange(int i, int j, int Function(E a, E b) c) {
    final n = j + 1 - i;
    if (n <= 1) {
      return;
    }

    var di = _storage[i] as E;
    var dj = _storage[j] as E;

    if (c(di, dj) > 0) {
      _swap(i, j);
      final tt = di;
      di = dj;
      dj = tt;
    }

    if (n > 2) {
      final ij = (i + j) ~/ 2;
      var dij = _storage[ij] as E;

      if (c(di, dij) <= 0) {
        if (c(dij, dj) > 0) {
          _swap(j, ij);
          dij = dj;
        }
      } else {
        _swap(i, ij);
        dij = di;
      }

      if (n > 3) {
        var k = i;
        var l = j - 1;

        while (true) {
          while (k <= l && c(dij, _storage[l] as E) <= 0) {
            l -= 1;
          }

          k += 1;
          while (k <= l && c(_storage[k] as E, dij) <= 0) {
            k += 1;
          }

          if (k > l) {
            break;
          }
          _swap(k, l);
        }

        _sortRange(i, l, c);
        _sortRange(k, j, c);
      }
    }
  }

  void _swap(int i, int j) {
    final tmp = _storage[i];
    _storage[i] = _storage[j];
    _storage[j] = tmp;
  }
}

/// A set kept in a Vector, compared with `==`.
class Set<E> {
  final Vector<E> _items;

  Set([int size = initialSize]) : _items = Vector<E>(size);

  int size() => _items.size();

  void forEach(void Function(E elem) fn) {
    _items.forEach(fn);
  }

  bool hasSome(bool Function(E elem) fn) => _items.hasSome(fn);

  E? getOne(bool Function(E elem) fn) => _items.getOne(fn);

  void add(E obj) {
    if (!contains(obj)) {
      _items.append(obj);
    }
  }

  bool contains(E obj) => hasSome((E e) => e == obj);

  void removeAll() {
    _items.removeAll();
  }

  Vector<T> collect<T>(T Function(E elem) fn) {
    final coll = Vector<T>();
    forEach((E e) {
      coll.append(fn(e));
    });
    return coll;
  }
}

/// A Set that compares its elements by identity.
class IdentitySet<E> extends Set<E> {
  IdentitySet([int size = initialSize]) : super(size);

  @override
  bool contains(E obj) => hasSome((E e) => identical(e, obj));
}

/// The keys of a Dictionary supply their own hash, so that every language hashes alike.
abstract class CustomHash {
  int customHash();
}

class DictEntry<K, V> {
  final int hash;
  final K key;
  V value;
  DictEntry<K, V>? next;

  DictEntry(this.hash, this.key, this.value, this.next);

  bool match(int hash, K key) => this.hash == hash && key == this.key;
}

class DictIdEntry<K, V> extends DictEntry<K, V> {
  DictIdEntry(int hash, K key, V value, DictEntry<K, V>? next) : super(hash, key, value, next);

  @override
  bool match(int hash, K key) => this.hash == hash && identical(this.key, key);
}

/// A hash map with chained buckets, keys compared with `==`; the bucket count is a power of
/// two and doubles when the map holds more entries than buckets.
class Dictionary<K extends CustomHash, V> {
  List<DictEntry<K, V>?> _buckets;
  int _size = 0;

  Dictionary([int size = initialCapacity])
      : _buckets = List<DictEntry<K, V>?>.filled(size, null);

  static int _hash(CustomHash? key) {
    if (key == null) {
      return 0;
    }
    final hash = key.customHash();
    return hash ^ (hash >>> 16);
  }

  int size() => _size;

  bool isEmpty() => _size == 0;

  int _getBucketIdx(int hash) => (_buckets.length - 1) & hash;

  DictEntry<K, V>? _getBucket(int hash) => _buckets[_getBucketIdx(hash)];

  V? at(K key) {
    final hash = _hash(key);
    var e = _getBucket(hash);

    while (e != null) {
      if (e.match(hash, key)) {
        return e.value;
      }
      e = e.next;
    }
    return null;
  }

  bool containsKey(K key) {
    final hash = _hash(key);
    var e = _getBucket(hash);

    while (e != null) {
      if (e.match(hash, key)) {
        return true;
      }
      e = e.next;
    }
    return false;
  }

  void atPut(K key, V value) {
    final hash = _hash(key);
    final i = _getBucketIdx(hash);
    final current = _buckets[i];

    if (current == null) {
      _buckets[i] = newEntry(key, value, hash);
      _size += 1;
    } else {
      _insertBucketEntry(key, value, hash, current);
    }

    if (_size > _buckets.length) {
      _resize();
    }
  }

  DictEntry<K, V> newEntry(K key, V value, int hash) => DictEntry<K, V>(hash, key, value, null);

  void _insertBucketEntry(K key, V value, int hash, DictEntry<K, V> head) {
    var current = head;

    while (true) {
      if (current.match(hash, key)) {
        current.value = value;
        return;
      }
      final next = current.next;
      if (next == null) {
        _size += 1;
        current.next = newEntry(key, value, hash);
        return;
      }
      current = next;
    }
  }

  void _resize() {
    final oldStorage = _buckets;
    _buckets = List<DictEntry<K, V>?>.filled(oldStorage.length * 2, null);
    _transferEntries(oldStorage);
  }

  void _transferEntries(List<DictEntry<K, V>?> oldStorage) {
    for (var i = 0; i < oldStorage.length; ++i) {
      final current = oldStorage[i];
      if (current != null) {
        oldStorage[i] = null;
        if (current.next == null) {
          _buckets[current.hash & (_buckets.length - 1)] = current;
        } else {
          _splitBucket(oldStorage, i, current);
        }
      }
    }
  }

  void _splitBucket(List<DictEntry<K, V>?> oldStorage, int i, DictEntry<K, V> head) {
    DictEntry<K, V>? loHead;
    DictEntry<K, V>? loTail;
    DictEntry<K, V>? hiHead;
    DictEntry<K, V>? hiTail;
    DictEntry<K, V>? current = head;

    while (current != null) {
      if ((current.hash & oldStorage.length) == 0) {
        if (loTail == null) {
          loHead = current;
        } else {
          loTail.next = current;
        }
        loTail = current;
      } else {
        if (hiTail == null) {
          hiHead = current;
        } else {
          hiTail.next = current;
        }
        hiTail = current;
      }
      current = current.next;
    }

    if (loTail != null) {
      loTail.next = null;
      _buckets[i] = loHead;
    }
    if (hiTail != null) {
      hiTail.next = null;
      _buckets[i + oldStorage.length] = hiHead;
    }
  }

  void removeAll() {
    _buckets = List<DictEntry<K, V>?>.filled(_buckets.length, null);
    _size = 0;
  }

  Vector<K> getKeys() {
    final keys = Vector<K>(_size);
    for (var i = 0; i < _buckets.length; ++i) {
      var current = _buckets[i];
      while (current != null) {
        keys.append(current.key);
        current = current.next;
      }
    }
    return keys;
  }

  Vector<V> getValues() {
    final values = Vector<V>(_size);
    for (var i = 0; i < _buckets.length; ++i) {
      var current = _buckets[i];
      while (current != null) {
        values.append(current.value);
        current = current.next;
      }
    }
    return values;
  }
}

/// A Dictionary whose keys are compared by identity.
class IdentityDictionary<K extends CustomHash, V> extends Dictionary<K, V> {
  IdentityDictionary([int size = initialCapacity]) : super(size);

  @override
  DictEntry<K, V> newEntry(K key, V value, int hash) =>
      DictIdEntry<K, V>(hash, key, value, null);
}

/// The suite's deterministic pseudo-random number generator (values 0..65535).
class Random {
  int _seed = 74755;

  int next() {
    _seed = ((_seed * 1309) + 13849) & 65535;
    return _seed;
  }
}
