// Generic containers and caches: bounded generics, factory constructors with caches, closures over loop variables, late and lazy top-level init, getters/setters, callable classes.
int _initCount = 0;
final Map<String, int> config = _loadConfig();

Map<String, int> _loadConfig() {
  _initCount++;
  print('loading config');
  return {'size': 3, 'ttl': 2};
}

class Stack<T> extends Iterable<T> {
  final List<T> _items = [];
  void push(T item) => _items.add(item);
  T pop() {
    if (_items.isEmpty) throw StateError('stack is empty');
    return _items.removeLast();
  }

  T? get top => _items.isEmpty ? null : _items.last;
  @override
  Iterator<T> get iterator => _items.reversed.iterator;
}

class Pair<A extends Comparable<A>, B> {
  final A first;
  final B second;
  const Pair(this.first, this.second);
  Pair<B2, A> swap<B2 extends Comparable<B2>>() => Pair<B2, A>(second as B2, first);
  @override
  String toString() => 'Pair($first, $second)';
}

T maxOf<T extends Comparable<T>>(Iterable<T> items) =>
    items.reduce((a, b) => a.compareTo(b) >= 0 ? a : b);

class LruCache<K, V> {
  final int capacity;
  final _map = <K, V>{};
  int hits = 0, misses = 0;
  LruCache(this.capacity);

  V getOrCompute(K key, V Function(K) compute) {
    final existing = _map.remove(key);
    if (existing != null || _map.containsKey(key)) {
      hits++;
      _map[key] = existing as V;
      return existing;
    }
    misses++;
    final value = compute(key);
    _map[key] = value;
    if (_map.length > capacity) _map.remove(_map.keys.first);
    return value;
  }

  Iterable<K> get keys => _map.keys;
}

class Color {
  static final Map<String, Color> _cache = {};
  final String name;
  final int rgb;
  Color._(this.name, this.rgb);
  factory Color(String name) => _cache.putIfAbsent(name, () {
        final rgb = name.codeUnits.fold(0, (h, c) => (h * 31 + c) & 0xFFFFFF);
        return Color._(name, rgb);
      });
  String get hex => '#${rgb.toRadixString(16).padLeft(6, '0').toUpperCase()}';
  static int get cached => _cache.length;
}

class Temperature {
  double _celsius;
  Temperature(this._celsius);
  double get celsius => _celsius;
  set celsius(double value) {
    if (value < -273.15) throw RangeError.range(value, -273.15, null, 'celsius');
    _celsius = value;
  }

  double get fahrenheit => _celsius * 9 / 5 + 32;
  set fahrenheit(double f) => celsius = (f - 32) * 5 / 9;
}

class Multiplier {
  final int factor;
  const Multiplier(this.factor);
  int call(int x) => x * factor;
}

class Node {
  final String name;
  late final String path = _computePath();
  Node? parent;
  Node(this.name, [this.parent]);
  String _computePath() {
    print('computing path of $name');
    return parent == null ? name : '${parent!.path}/$name';
  }
}

void main() {
  print('start');
  print(config['size']);
  print(config['ttl']);
  print('inits: $_initCount');

  final stack = Stack<String>()..push('a')..push('b')..push('c');
  print(stack.toList());
  print('${stack.pop()} ${stack.top} ${stack.length} ${stack.contains('a')}');
  print(stack.map((s) => s.toUpperCase()).join());
  try {
    Stack<int>().pop();
  } on StateError catch (e) {
    print(e.message);
  }
  const p = Pair('x', 1);
  print(p);
  print(p.swap<num>());
  print(maxOf(['pear', 'apple', 'zucchini', 'fig']));
  print(maxOf([3, 9, 2]));
  print(maxOf([DateTime(2020), DateTime(2024), DateTime(2022)]).year);

  final cache = LruCache<int, String>(config['size']!);
  String render(int n) => 'v${n * n}';
  for (final k in [1, 2, 1, 3, 4, 1, 2, 5]) {
    cache.getOrCompute(k, render);
  }
  print('hits ${cache.hits} misses ${cache.misses} keys ${cache.keys.toList()}');

  final red = Color('red');
  print(identical(red, Color('red')));
  print('${red.name} ${red.hex} ${Color('blue').hex} cached=${Color.cached}');

  final t = Temperature(20);
  print(t.fahrenheit);
  t.fahrenheit = 212;
  print(t.celsius);
  try {
    t.celsius = -300;
  } on RangeError catch (e) {
    print(e);
  }

  const triple = Multiplier(3);
  print(triple(7));
  print([1, 2, 3].map(triple.call).toList());
  final fns = <int Function()>[];
  for (var i = 0; i < 3; i++) {
    fns.add(() => i * 10);
  }
  print(fns.map((f) => f()).toList());
  var counter = 0;
  final increments = List.generate(3, (i) => () => counter += i + 1);
  for (final inc in increments) {
    inc();
  }
  print('counter $counter');
  Function makeAdder(int n) => (int x) => x + n;
  final add5 = makeAdder(5);
  print(add5(10));
  print(Function.apply(add5, [1]));

  final root = Node('root');
  final child = Node('child', root);
  final leaf = Node('leaf', child);
  print(leaf.path);
  print(leaf.path);
  print(child.path);
  late String lazy;
  if (leaf.name.length > 2) lazy = 'set';
  print(lazy);
  String? maybe;
  print(maybe?.length);
  maybe ??= 'filled';
  maybe ??= 'ignored';
  print(maybe);
  final List<int>? nums = null;
  print(nums?[0]);
  print(nums?.isEmpty ?? 'no list');
  final map = <String, List<int>>{};
  (map['a'] ??= []).add(1);
  map['a']!.add(2);
  print(map);
}

// expect: start
// expect: loading config
// expect: 3
// expect: 2
// expect: inits: 1
// expect: [c, b, a]
// expect: c b 2 true
// expect: BA
// expect: stack is empty
// expect: Pair(x, 1)
// expect: Pair(1, x)
// expect: zucchini
// expect: 9
// expect: 2024
// expect: hits 2 misses 6 keys [1, 2, 5]
// expect: true
// expect: red #01B891 #2E305A cached=2
// expect: 68.0
// expect: 100.0
// expect: RangeError (celsius): Invalid value: Not greater than or equal to -273.15: -300.0
// expect: 21
// expect: [3, 6, 9]
// expect: [0, 10, 20]
// expect: counter 6
// expect: 15
// expect: 6
// expect: computing path of leaf
// expect: computing path of child
// expect: computing path of root
// expect: root/child/leaf
// expect: root/child/leaf
// expect: root/child
// expect: set
// expect: null
// expect: filled
// expect: null
// expect: no list
// expect: {a: [1, 2]}
