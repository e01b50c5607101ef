// dart:core Map (the interface and its constructors) and MapEntry. Every Map the library creates
// is a _Map (insertion-ordered; linked_hash_map.dart) or its unmodifiable _ConstMap.
// Does not own the hash table (hash_table.dart) or printing (to_string.dart).

abstract class Map<K, V> {
  factory Map() => _Map<K, V>();

  factory Map.from(Map other) {
    _Map<K, V> result = _Map<K, V>();
    other.forEach((key, value) {
      result[key] = value;
    });
    return result;
  }

  factory Map.of(Map<K, V> other) => Map<K, V>.from(other);

  factory Map.fromIterables(Iterable<K> keys, Iterable<V> values) {
    _Map<K, V> result = _Map<K, V>();
    Iterator<K> keyIterator = keys.iterator;
    Iterator<V> valueIterator = values.iterator;
    bool hasNextKey = keyIterator.moveNext();
    bool hasNextValue = valueIterator.moveNext();
    while (hasNextKey && hasNextValue) {
      result[keyIterator.current] = valueIterator.current;
      hasNextKey = keyIterator.moveNext();
      hasNextValue = valueIterator.moveNext();
    }
    if (hasNextKey || hasNextValue) {
      throw ArgumentError("Iterables do not have same length.");
    }
    return result;
  }

  factory Map.fromIterable(Iterable iterable,
      {K Function(dynamic element)? key, V Function(dynamic element)? value}) {
    _Map<K, V> result = _Map<K, V>();
    for (Object? element in iterable) {
      result[key == null ? element : key(element)] = value == null ? element : value(element);
    }
    return result;
  }

  factory Map.fromEntries(Iterable<MapEntry<K, V>> entries) {
    _Map<K, V> result = _Map<K, V>();
    result.addEntries(entries);
    return result;
  }

  factory Map.unmodifiable(Map other) => _ConstMap<K, V>._from(other);

  // A view of [source] whose keys and values are checked against K2 and V2 when read
  // (cast.dart).
  static Map<K2, V2> castFrom<K, V, K2, V2>(Map<K, V> source) => _CastMap<K, V, K2, V2>(
      source, (Object? k) => k as K2, (Object? v) => v as V2, (Object? v) => v as V2?);

  // Keys compared with identical and hashed with identityHashCode, in insertion order.
  factory Map.identity() => _CustomLinkedHashMap<K, V>(identical, identityHashCode, null);

  // The insertion-ordered map with custom key equality behind dart:collection's
  // LinkedHashMap(equals:, hashCode:, isValidKey:); every argument is non-null but isValidKey.
  factory Map._custom(bool Function(K a, K b) equals, int Function(K key) hashCode,
          bool Function(dynamic key)? isValidKey) =>
      _CustomLinkedHashMap<K, V>(equals, hashCode, isValidKey);

  V? operator [](Object? key);
  void operator []=(K key, V value);
  int get length;
  bool get isEmpty;
  bool get isNotEmpty;
  Iterable<K> get keys;
  Iterable<V> get values;
  Iterable<MapEntry<K, V>> get entries;
  bool containsKey(Object? key);
  bool containsValue(Object? value);
  V putIfAbsent(K key, V Function() ifAbsent);
  V update(K key, V Function(V value) update, {V Function()? ifAbsent});
  void updateAll(V Function(K key, V value) update);
  V? remove(Object? key);
  void removeWhere(bool Function(K key, V value) test);
  void forEach(void Function(K key, V value) action);
  Map<K2, V2> map<K2, V2>(MapEntry<K2, V2> Function(K key, V value) convert);
  void addAll(Map<K, V> other);
  void addEntries(Iterable<MapEntry<K, V>> newEntries);
  void clear();
  Map<RK, RV> cast<RK, RV>();
}

class MapEntry<K, V> {
  final K key;
  final V value;

  const MapEntry(this.key, this.value);

  String toString() => "MapEntry($key: $value)";
}
