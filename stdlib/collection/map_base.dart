// dart:collection MapMixin and MapBase (every Map member written in terms of `[]`, `[]=`,
// `keys`, `remove` and `clear`, for `with MapMixin<K, V>` or `extends MapBase<K, V>`),
// MapView (forwards to another map) and UnmodifiableMapView, whose mutators throw
// "Unsupported operation: Cannot modify unmodifiable map" as in Dart.

abstract mixin class MapMixin<K, V> implements Map<K, V> {

  Iterable<K> get keys;
  V? operator [](Object? key);
  void operator []=(K key, V value);
  V? remove(Object? key);
  void clear();

  Map<RK, RV> cast<RK, RV>() => Map.castFrom<K, V, RK, RV>(this);

  void forEach(void Function(K key, V value) action) {
    for (K key in keys) {
      action(key, this[key]);
    }
  }

  void addAll(Map<K, V> other) {
    other.forEach((K key, V value) {
      this[key] = value;
    });
  }

  bool containsValue(Object? value) {
    for (K key in keys) {
      if (this[key] == value) return true;
    }
    return false;
  }

  V putIfAbsent(K key, V Function() ifAbsent) {
    if (containsKey(key)) return this[key];
    V value = ifAbsent();
    this[key] = value;
    return value;
  }

  V update(K key, V Function(V value) update, {V Function()? ifAbsent}) {
    if (containsKey(key)) {
      V value = update(this[key]);
      this[key] = value;
      return value;
    }
    if (ifAbsent != null) {
      V value = ifAbsent();
      this[key] = value;
      return value;
    }
    throw ArgumentError.value(key, "key", "Key not in map.");
  }

  void updateAll(V Function(K key, V value) update) {
    for (K key in keys) {
      this[key] = update(key, this[key]);
    }
  }

  Iterable<MapEntry<K, V>> get entries => keys.map((K key) => MapEntry<K, V>(key, this[key]));

  Map<K2, V2> map<K2, V2>(MapEntry<K2, V2> Function(K key, V value) transform) {
    Map<K2, V2> result = <K2, V2>{};
    for (K key in keys) {
      MapEntry<K2, V2> entry = transform(key, this[key]);
      result[entry.key] = entry.value;
    }
    return result;
  }

  void addEntries(Iterable<MapEntry<K, V>> newEntries) {
    for (MapEntry<K, V> entry in newEntries) {
      this[entry.key] = entry.value;
    }
  }

  void removeWhere(bool Function(K key, V value) test) {
    List<K> keysToRemove = <K>[];
    for (K key in keys) {
      if (test(key, this[key])) keysToRemove.add(key);
    }
    for (K key in keysToRemove) {
      remove(key);
    }
  }

  bool containsKey(Object? key) => keys.contains(key);

  int get length => keys.length;

  bool get isEmpty => keys.isEmpty;

  bool get isNotEmpty => keys.isNotEmpty;

  Iterable<V> get values => keys.map((K key) => this[key]);

  String toString() => MapBase.mapToString(this);
}

abstract class MapBase<K, V> extends MapMixin<K, V> {
  MapBase();

  // "{key: value, ...}", or "{...}" for a map that is already being printed.
  static String mapToString(Map<Object?, Object?> m) {
    if (_isToStringVisiting(m)) return "{...}";
    StringBuffer buffer = StringBuffer("{");
    _toStringVisiting.add(m);
    try {
      bool first = true;
      m.forEach((Object? key, Object? value) {
        if (!first) buffer.write(", ");
        first = false;
        buffer.write(key);
        buffer.write(": ");
        buffer.write(value);
      });
    } finally {
      _toStringVisiting.removeLast();
    }
    buffer.write("}");
    return buffer.toString();
  }
}

// A map that forwards every member to [_map].
class MapView<K, V> implements Map<K, V> {
  final Map<K, V> _map;

  const MapView(Map<K, V> map) : _map = map;

  Map<RK, RV> cast<RK, RV>() => _map.cast<RK, RV>();
  V? operator [](Object? key) => _map[key];
  void operator []=(K key, V value) {
    _map[key] = value;
  }

  void addAll(Map<K, V> other) {
    _map.addAll(other);
  }

  void clear() {
    _map.clear();
  }

  V putIfAbsent(K key, V Function() ifAbsent) => _map.putIfAbsent(key, ifAbsent);
  bool containsKey(Object? key) => _map.containsKey(key);
  bool containsValue(Object? value) => _map.containsValue(value);
  void forEach(void Function(K key, V value) action) {
    _map.forEach(action);
  }

  bool get isEmpty => _map.isEmpty;
  bool get isNotEmpty => _map.isNotEmpty;
  int get length => _map.length;
  Iterable<K> get keys => _map.keys;
  V? remove(Object? key) => _map.remove(key);
  String toString() => _map.toString();
  Iterable<V> get values => _map.values;
  Iterable<MapEntry<K, V>> get entries => _map.entries;
  void addEntries(Iterable<MapEntry<K, V>> entries) {
    _map.addEntries(entries);
  }

  Map<K2, V2> map<K2, V2>(MapEntry<K2, V2> Function(K key, V value) transform) =>
      _map.map<K2, V2>(transform);
  V update(K key, V Function(V value) update, {V Function()? ifAbsent}) =>
      _map.update(key, update, ifAbsent: ifAbsent);
  void updateAll(V Function(K key, V value) update) {
    _map.updateAll(update);
  }

  void removeWhere(bool Function(K key, V value) test) {
    _map.removeWhere(test);
  }
}

// A read-only view of a map: reads see the map's changes, every mutator throws.
class UnmodifiableMapView<K, V> extends MapView<K, V> {
  UnmodifiableMapView(Map<K, V> map) : super(map);

  static Never _unmodifiable() {
    throw UnsupportedError("Cannot modify unmodifiable map");
  }

  void operator []=(K key, V value) {
    _unmodifiable();
  }

  void addAll(Map<K, V> other) {
    _unmodifiable();
  }

  void addEntries(Iterable<MapEntry<K, V>> entries) {
    _unmodifiable();
  }

  void clear() {
    _unmodifiable();
  }

  V? remove(Object? key) => _unmodifiable();

  void removeWhere(bool Function(K key, V value) test) {
    _unmodifiable();
  }

  V putIfAbsent(K key, V Function() ifAbsent) => _unmodifiable();

  V update(K key, V Function(V value) update, {V Function()? ifAbsent}) => _unmodifiable();

  void updateAll(V Function(K key, V value) update) {
    _unmodifiable();
  }
}

// Dart's UnmodifiableMapBase: a MapBase whose mutators throw.
abstract class UnmodifiableMapBase<K, V> extends MapBase<K, V> {
  UnmodifiableMapBase();

  void operator []=(K key, V value) {
    UnmodifiableMapView._unmodifiable();
  }

  void addAll(Map<K, V> other) {
    UnmodifiableMapView._unmodifiable();
  }

  void addEntries(Iterable<MapEntry<K, V>> entries) {
    UnmodifiableMapView._unmodifiable();
  }

  void clear() {
    UnmodifiableMapView._unmodifiable();
  }

  V? remove(Object? key) => UnmodifiableMapView._unmodifiable();

  void removeWhere(bool Function(K key, V value) test) {
    UnmodifiableMapView._unmodifiable();
  }

  V putIfAbsent(K key, V Function() ifAbsent) => UnmodifiableMapView._unmodifiable();

  V update(K key, V Function(V value) update, {V Function()? ifAbsent}) =>
      UnmodifiableMapView._unmodifiable();

  void updateAll(V Function(K key, V value) update) {
    UnmodifiableMapView._unmodifiable();
  }
}
