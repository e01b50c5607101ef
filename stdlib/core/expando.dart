// dart:core Expando and WeakReference. The heap has no weak references yet, so both hold their
// objects strongly: an Expando's entries and a WeakReference's target are never cleared (Dart
// may clear them once the object is unreachable; programs cannot tell except by memory use).

class Expando<T extends Object> {
  final String? name;
  final Map<Object, T> _values = Map<Object, T>.identity();

  Expando([this.name]);

  static void _checkType(Object? object) {
    if (object == null || object is num || object is String || object is bool) {
      throw ArgumentError.value(
          object, "object", "Expandos are not allowed on strings, numbers, bools, records or null");
    }
  }

  T? operator [](Object object) {
    _checkType(object);
    return _values[object];
  }

  void operator []=(Object object, T? value) {
    _checkType(object);
    if (value == null) {
      _values.remove(object);
    } else {
      _values[object] = value;
    }
  }

  String toString() => "Expando:$name";
}

class WeakReference<T extends Object> {
  final T? _target;

  WeakReference(T target) : _target = target {
    Expando._checkType(target);
  }

  T? get target => _target;
}
