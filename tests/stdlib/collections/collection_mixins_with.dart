// dart:collection's IterableMixin, ListMixin, MapMixin and SetMixin work with `with`: the class
// gets every Iterable/List/Map/Set member from the few it writes.
import 'dart:collection';

class Range with IterableMixin<int> {
  final int start, end;
  Range(this.start, this.end);
  @override
  Iterator<int> get iterator => List.generate(end - start, (i) => start + i).iterator;
}

class Bag with ListMixin<String> {
  final _items = <String>[];
  @override
  int get length => _items.length;
  @override
  set length(int n) => _items.length = n;
  @override
  String operator [](int i) => _items[i];
  @override
  void operator []=(int i, String v) => _items[i] = v;
  @override
  void add(String s) => _items.add(s);
}

class Registry with MapMixin<String, int> {
  final _m = <String, int>{};
  @override
  int? operator [](Object? k) => _m[k];
  @override
  void operator []=(String k, int v) => _m[k] = v;
  @override
  void clear() => _m.clear();
  @override
  Iterable<String> get keys => _m.keys;
  @override
  int? remove(Object? k) => _m.remove(k);
}

class Tags with SetMixin<String> {
  final _s = <String>{};
  @override
  bool add(String v) => _s.add(v.toLowerCase());
  @override
  bool contains(Object? e) => e is String && _s.contains(e.toLowerCase());
  @override
  Iterator<String> get iterator => _s.iterator;
  @override
  int get length => _s.length;
  @override
  String? lookup(Object? e) => contains(e) ? (e as String).toLowerCase() : null;
  @override
  bool remove(Object? v) => _s.remove(v);
  @override
  Set<String> toSet() => Set.of(_s);
}

void main() {
  final r = Range(1, 5);
  print(r); // expect: (1, 2, 3, 4)
  print(r.map((x) => x * x).toList()); // expect: [1, 4, 9, 16]
  print(r.where((x) => x.isEven).join('+')); // expect: 2+4
  print([r.contains(3), r.length, r.first, r.last, r.elementAt(2)]); // expect: [true, 4, 1, 4, 3]
  print(r.fold<int>(0, (a, b) => a + b)); // expect: 10
  print(r.skip(1).take(2).toList()); // expect: [2, 3]
  print(r.firstWhere((x) => x > 9, orElse: () => -1)); // expect: -1
  print(Range(0, 0).isEmpty); // expect: true
  print(r is Iterable<int>); // expect: true
  print([0, ...r]); // expect: [0, 1, 2, 3, 4]
  try {
    Range(0, 0).single;
  } on StateError catch (e) {
    print(e); // expect: Bad state: No element
  }

  final b = Bag()
    ..add('x')
    ..add('y');
  b.addAll(['z']);
  print(b); // expect: [x, y, z]
  print(b.reversed.toList()); // expect: [z, y, x]
  b.sort((a, c) => c.compareTo(a));
  print(b); // expect: [z, y, x]
  print(b.map((s) => s.toUpperCase()).join()); // expect: ZYX
  print(b.indexOf('y')); // expect: 1
  print(b.followedBy(['w']).toList()); // expect: [z, y, x, w]
  print(b is List<String>); // expect: true

  final reg = Registry();
  reg['a'] = 1;
  reg.putIfAbsent('b', () => 2);
  print(reg); // expect: {a: 1, b: 2}
  print([reg.length, reg.containsKey('b'), reg.containsValue(3)]); // expect: [2, true, false]
  print(reg.map((k, v) => MapEntry(v, k))); // expect: {1: a, 2: b}

  final t = Tags()
    ..add('Dart')
    ..add('DART')
    ..add('go');
  print(t); // expect: {dart, go}
  print(t.contains('dArT')); // expect: true
  print(t.union({'rust'})); // expect: {dart, go, rust}
  print(t.map((s) => s.length).toList()); // expect: [4, 2]
}
