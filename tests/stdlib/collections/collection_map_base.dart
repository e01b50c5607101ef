// A user map extending MapBase gets every Map member from [], []=, keys, remove and clear
// (containsKey, and so update, look in keys, as Dart's MapMixin does).
import 'dart:collection';

class Upper extends MapBase<String, int> {
  final Map<String, int> _inner = {};
  int? operator [](Object? key) => key is String ? _inner[key.toUpperCase()] : null;
  void operator []=(String key, int value) {
    _inner[key.toUpperCase()] = value;
  }

  Iterable<String> get keys => _inner.keys;
  int? remove(Object? key) => key is String ? _inner.remove(key.toUpperCase()) : null;
  void clear() => _inner.clear();
}

void main() {
  var m = Upper();
  m['a'] = 1;
  m['b'] = 2;
  print(m);
  print(m['A']);
  print(m.length);
  print(m.containsKey('B'));
  print(m.values.toList());
  m.update('A', (v) => v + 100);
  print(m.entries.map((e) => '${e.key}->${e.value}').join(','));
  m.removeWhere((k, v) => v > 100);
  print(m);
  print(m.putIfAbsent('c', () => 3));
  print(m);
}
// expect: {A: 1, B: 2}
// expect: 1
// expect: 2
// expect: true
// expect: [1, 2]
// expect: A->101,B->2
// expect: {B: 2}
// expect: 3
// expect: {B: 2, C: 3}
