// Set and Map API tour as a social-graph analysis: set algebra, Map.of/unmodifiable/identity, updateAll, addEntries, removeWhere, entries sorting, SplayTreeMap ranges, HashMap, equality.
import 'dart:collection';

void main() {
  final follows = <String, Set<String>>{
    'ann': {'bob', 'cat', 'dan'},
    'bob': {'ann', 'cat'},
    'cat': {'ann'},
    'dan': {'bob', 'cat', 'eve'},
    'eve': {},
  };
  final users = follows.keys.toSet();
  print(users);
  final mutual = <(String, String)>{
    for (final a in users)
      for (final b in follows[a]!)
        if (a.compareTo(b) < 0 && follows[b]!.contains(a)) (a, b)
  };
  print(mutual);
  print(follows['ann']!.intersection(follows['dan']!));
  print(follows['ann']!.union(follows['dan']!));
  print(follows['dan']!.difference(follows['ann']!));
  print(follows['ann']!.containsAll(['bob', 'cat']));
  print(follows['ann']!.lookup('bob'));
  print(follows['ann']!.lookup('zed'));
  final followers = <String, int>{for (final u in users) u: 0};
  follows.values.expand((s) => s).forEach((u) => followers.update(u, (n) => n + 1));
  print(followers);
  final ranked = followers.entries.toList()
    ..sort((x, y) => y.value.compareTo(x.value) != 0 ? y.value.compareTo(x.value) : x.key.compareTo(y.key));
  print(ranked.map((e) => '${e.key}:${e.value}').join(' '));
  print(ranked.first);

  final copy = Map.of(followers)..updateAll((k, v) => v * 10);
  print(copy);
  copy.removeWhere((k, v) => v < 20);
  print(copy);
  copy.addEntries([const MapEntry('zed', 1), const MapEntry('amy', 2)]);
  print(copy.keys.toList());
  print(copy.putIfAbsent('amy', () => 99));
  print(copy.putIfAbsent('new', () => 7));
  print(copy.remove('nope'));
  print(copy.length);
  final frozen = Map.unmodifiable(copy);
  try {
    frozen['x'] = 1;
  } on UnsupportedError catch (e) {
    print(e);
  }
  try {
    followers.update('nobody', (v) => v);
  } on ArgumentError catch (e) {
    print(e);
  }
  final identity = Map<Object, String>.identity();
  final k1 = [1], k2 = [1];
  identity[k1] = 'first';
  identity[k2] = 'second';
  print(identity.length);
  final byValue = <List<int>, String>{};
  byValue[k1] = 'first';
  byValue[k2] = 'second';
  print(byValue.length);

  final scores = SplayTreeMap<int, String>.fromIterables([50, 10, 90, 70, 30], ['e', 'a', 'i', 'g', 'c']);
  print(scores);
  print('${scores.firstKey()} ${scores.lastKey()}');
  print(scores.lastKeyBefore(70));
  print(scores.firstKeyAfter(70));
  print(scores.keys.where((k) => k >= 30 && k <= 70).toList());
  scores.remove(50);
  print(scores.values.join());
  final words = SplayTreeSet<String>.from(['pear', 'Apple', 'fig', 'apple', 'Fig'], (a, b) {
    final c = a.toLowerCase().compareTo(b.toLowerCase());
    return c != 0 ? c : a.compareTo(b);
  });
  print(words);
  print(words.lookup('FIG'));

  final hm = HashMap<String, int>();
  hm.addAll({'x': 1, 'y': 2});
  print(hm.containsKey('x') && hm.containsValue(2));
  final sortedKeys = hm.keys.toList()..sort();
  print(sortedKeys);
  final lhs = LinkedHashSet<int>.from([3, 1, 3, 2, 1]);
  print(lhs);
  print(lhs.toList().reversed.toList());
  final set = {1, 2, 3, 4, 5, 6};
  set.removeWhere((x) => x.isEven);
  set.retainWhere((x) => x > 1);
  print(set);
  print(set.map((x) => x * x).toSet().containsAll({9, 25}));
  print({1, 2} == {1, 2});
  print(const {1, 2} == const {1, 2});
  print({'a': 1}.entries.single.key);
  print(Map.fromIterable([1, 2, 3], key: (x) => 'k$x', value: (x) => x * x));
  print({...followers, 'ann': -1, if (users.length > 3) 'many': 1});
  print(followers.map((k, v) => MapEntry(v, k)));
  final nested = {'a': {'b': {'c': 1}}};
  print(nested['a']?['b']?['c']);
  print(nested['x']?['b']);
}

// expect: {ann, bob, cat, dan, eve}
// expect: {(ann, bob), (ann, cat)}
// expect: {bob, cat}
// expect: {bob, cat, dan, eve}
// expect: {eve}
// expect: true
// expect: bob
// expect: null
// expect: {ann: 2, bob: 2, cat: 3, dan: 1, eve: 1}
// expect: cat:3 ann:2 bob:2 dan:1 eve:1
// expect: MapEntry(cat: 3)
// expect: {ann: 20, bob: 20, cat: 30, dan: 10, eve: 10}
// expect: {ann: 20, bob: 20, cat: 30}
// expect: [ann, bob, cat, zed, amy]
// expect: 2
// expect: 7
// expect: null
// expect: 6
// expect: Unsupported operation: Cannot modify unmodifiable map
// expect: Invalid argument (key): Key not in map.: "nobody"
// expect: 2
// expect: 2
// expect: {10: a, 30: c, 50: e, 70: g, 90: i}
// expect: 10 90
// expect: 50
// expect: 90
// expect: [30, 50, 70]
// expect: acgi
// expect: {Apple, apple, Fig, fig, pear}
// expect: null
// expect: true
// expect: [x, y]
// expect: {3, 1, 2}
// expect: [2, 1, 3]
// expect: {3, 5}
// expect: true
// expect: false
// expect: true
// expect: a
// expect: {k1: 1, k2: 4, k3: 9}
// expect: {ann: -1, bob: 2, cat: 3, dan: 1, eve: 1, many: 1}
// expect: {2: bob, 3: cat, 1: eve}
// expect: 1
// expect: null
