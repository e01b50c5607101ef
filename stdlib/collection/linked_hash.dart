// dart:collection LinkedHashMap and LinkedHashSet: the interfaces and their constructors. The
// implementations are dart:core's insertion-ordered hash tables (core/linked_hash_map.dart,
// core/set.dart), which implement these interfaces, so `{} is LinkedHashMap` holds as in Dart.
// Custom equality goes through Map._custom / Set._custom, dart:core's private constructors.

bool _defaultEquals(Object? a, Object? b) => a == b;

int _defaultHashCode(Object? a) => a.hashCode;

abstract class LinkedHashMap<K, V> implements Map<K, V> {
  factory LinkedHashMap(
      {bool Function(K key1, K key2)? equals,
      int Function(K key)? hashCode,
      bool Function(dynamic potentialKey)? isValidKey}) {
    if (isValidKey == null) {
      if (hashCode == null) {
        if (equals == null) return Map<K, V>();
        hashCode = _defaultHashCode;
      } else {
        if (identical(identityHashCode, hashCode) && identical(identical, equals)) {
          return Map<K, V>.identity();
        }
        equals ??= _defaultEquals;
      }
    } else {
      hashCode ??= _defaultHashCode;
      equals ??= _defaultEquals;
    }
    return Map<K, V>._custom(equals, hashCode, isValidKey);
  }

  factory LinkedHashMap.identity() => Map<K, V>.identity();

  factory LinkedHashMap.from(Map other) => Map<K, V>.from(other);

  factory LinkedHashMap.of(Map<K, V> other) => Map<K, V>.of(other);

  factory LinkedHashMap.fromIterable(Iterable iterable,
          {K Function(dynamic element)? key, V Function(dynamic element)? value}) =>
      Map<K, V>.fromIterable(iterable, key: key, value: value);

  factory LinkedHashMap.fromIterables(Iterable<K> keys, Iterable<V> values) =>
      Map<K, V>.fromIterables(keys, values);

  factory LinkedHashMap.fromEntries(Iterable<MapEntry<K, V>> entries) =>
      Map<K, V>.fromEntries(entries);
}

abstract class LinkedHashSet<E> implements Set<E> {
  factory LinkedHashSet(
      {bool Function(E e1, E e2)? equals,
      int Function(E e)? hashCode,
      bool Function(dynamic potentialKey)? isValidKey}) {
    if (isValidKey == null) {
      if (hashCode == null) {
        if (equals == null) return Set<E>();
        hashCode = _defaultHashCode;
      } else {
        if (identical(identityHashCode, hashCode) && identical(identical, equals)) {
          return Set<E>.identity();
        }
        equals ??= _defaultEquals;
      }
    } else {
      hashCode ??= _defaultHashCode;
      equals ??= _defaultEquals;
    }
    return Set<E>._custom(equals, hashCode, isValidKey);
  }

  factory LinkedHashSet.identity() => Set<E>.identity();

  factory LinkedHashSet.from(Iterable elements) => Set<E>.from(elements);

  factory LinkedHashSet.of(Iterable<E> elements) => Set<E>.of(elements);
}
