// Collection workout: Iterable chains, Queue BFS, SplayTreeSet, LinkedHashMap, sort comparators, sublist/setRange/removeWhere.
import 'dart:collection';

class Student {
  final String name;
  final int grade;
  final double score;
  Student(this.name, this.grade, this.score);
  @override
  String toString() => '$name($grade, $score)';
}

Map<K, List<V>> groupBy<K, V>(Iterable<V> items, K Function(V) key) {
  final result = <K, List<V>>{};
  for (final item in items) {
    (result[key(item)] ??= []).add(item);
  }
  return result;
}

List<List<int>> neighbours(int r, int c, int rows, int cols) => [
      for (final (dr, dc) in [(-1, 0), (1, 0), (0, -1), (0, 1)])
        if (r + dr >= 0 && r + dr < rows && c + dc >= 0 && c + dc < cols) [r + dr, c + dc]
    ];

int shortestPath(List<String> grid) {
  final rows = grid.length, cols = grid[0].length;
  final dist = List.generate(rows, (_) => List.filled(cols, -1));
  final queue = Queue<List<int>>()..add([0, 0]);
  dist[0][0] = 0;
  while (queue.isNotEmpty) {
    final [r, c] = queue.removeFirst();
    if (r == rows - 1 && c == cols - 1) return dist[r][c];
    for (final [nr, nc] in neighbours(r, c, rows, cols)) {
      if (grid[nr][nc] == '#' || dist[nr][nc] != -1) continue;
      dist[nr][nc] = dist[r][c] + 1;
      queue.addLast([nr, nc]);
    }
  }
  return -1;
}

void main() {
  final students = [
    Student('Zoe', 3, 88.5),
    Student('Adam', 2, 92.0),
    Student('Mia', 3, 75.25),
    Student('Liam', 1, 92.0),
    Student('Ava', 2, 60.0),
  ];
  final sorted = [...students]..sort((a, b) {
      final byScore = b.score.compareTo(a.score);
      return byScore != 0 ? byScore : a.name.compareTo(b.name);
    });
  print(sorted);
  final groups = groupBy(students, (Student s) => s.grade);
  print(groups);
  final sortedGroups = SplayTreeMap<int, List<Student>>.from(groups);
  print(sortedGroups.keys.toList());
  final avg = {
    for (final MapEntry(:key, :value) in sortedGroups.entries)
      key: value.map((s) => s.score).reduce((a, b) => a + b) / value.length
  };
  print(avg);
  print(students.map((s) => s.score).fold(0.0, (a, b) => a > b ? a : b));
  print(students.expand((s) => [s.name, s.grade]).take(4).toList());
  print(students.skipWhile((s) => s.grade != 1).map((s) => s.name).toList());
  print(students.takeWhile((s) => s.score > 70).length);
  print([1, 2].followedBy([3, 4]).toList());
  print(students.any((s) => s.score < 65));
  print(students.every((s) => s.name.length >= 3));
  print(students.firstWhere((s) => s.grade == 4, orElse: () => Student('none', 0, 0)));
  print(students.lastWhere((s) => s.grade == 3).name);
  print(students.singleWhere((s) => s.name.startsWith('L')).name);
  print(students.indexed.where((e) => e.$1.isOdd).map((e) => e.$2.name).toList());
  print(students.asMap().entries.map((e) => '${e.key}:${e.value.name}').join(' '));
  print(students.map((s) => s.name).toSet().difference({'Zoe', 'Bob'}));
  print(students.reversed.first);
  print(students.where((s) => s.grade > 5).isEmpty);

  final nums = List<int>.generate(10, (i) => i * i);
  print(nums.sublist(2, 5));
  nums.setRange(0, 3, [-1, -2, -3, -4], 1);
  print(nums);
  nums.removeWhere((n) => n.isOdd);
  print(nums);
  nums.retainWhere((n) => n != 0);
  print(nums);
  nums.insertAll(1, [7, 7]);
  print(nums);
  nums.replaceRange(0, 2, [100]);
  print(nums);
  nums.fillRange(1, 3, 0);
  print(nums);
  print(nums.getRange(1, 4).toList());
  print(nums.lastIndexOf(0));
  print(nums.indexWhere((n) => n > 50));
  nums.shuffle();
  nums.sort();
  print(nums);
  print(List.of(nums.reversed).join(','));
  print(nums.where((n) => n > 1000).firstOrNull);
  final words = ['banana', 'Apple', 'cherry', 'apple', 'Banana'];
  words.sort((a, b) => a.toLowerCase().compareTo(b.toLowerCase()));
  print(words);
  words.sort();
  print(words);
  print(words.map((w) => w.length).toSet());

  final lhm = LinkedHashMap<String, int>();
  lhm['b'] = 2;
  lhm['a'] = 1;
  lhm['c'] = 3;
  lhm.remove('b');
  lhm['b'] = 4;
  print(lhm);
  print(lhm.map((k, v) => MapEntry(v, k)));
  lhm.removeWhere((k, v) => v > 3);
  print(lhm.keys);
  print(lhm.containsValue(3));
  final tree = SplayTreeSet<String>((a, b) => b.compareTo(a))..addAll(['kiwi', 'fig', 'pear', 'fig']);
  print(tree);
  print(tree.first);
  final hashSet = HashSet<int>()..addAll([3, 1, 2]);
  print(hashSet.length);
  final q = Queue<int>.from([1, 2, 3]);
  q.addFirst(0);
  q.removeLast();
  print(q);
  final dq = ListQueue<String>();
  dq..add('x')..addFirst('w');
  print(dq.toList());
  final grid = ['..#....', '.##.##.', '...#...', '.#...#.'];
  print('shortest path: ${shortestPath(grid)}');
  final unmod = UnmodifiableListView([1, 2]);
  try {
    unmod.add(3);
  } on UnsupportedError catch (e) {
    print(e);
  }
  final fixed = List.filled(2, 0);
  try {
    fixed.add(1);
  } catch (e) {
    print(e);
  }
  try {
    [1, 2, 3].sublist(2, 1);
  } catch (e) {
    print(e);
  }
  try {
    <int>[].reduce((a, b) => a + b);
  } catch (e) {
    print(e);
  }
  final it = [1, 2, 3].iterator;
  while (it.moveNext()) {
    print(it.current);
  }
  print(Map.fromIterables(['a', 'b'], [1, 2]));
  print(Map.fromEntries([const MapEntry('k', 'v')]));
  print({'a': 1}..addAll({'b': 2}));
  print([for (var i = 0; i < 3; i++) for (var j = 0; j < i; j++) '$i$j']);
  print([1, [2, [3, 4]], 5].expand((e) => e is List ? e : [e]).toList());
}

// expect: [Adam(2, 92.0), Liam(1, 92.0), Zoe(3, 88.5), Mia(3, 75.25), Ava(2, 60.0)]
// expect: {3: [Zoe(3, 88.5), Mia(3, 75.25)], 2: [Adam(2, 92.0), Ava(2, 60.0)], 1: [Liam(1, 92.0)]}
// expect: [1, 2, 3]
// expect: {1: 92.0, 2: 76.0, 3: 81.875}
// expect: 92.0
// expect: [Zoe, 3, Adam, 2]
// expect: [Liam, Ava]
// expect: 4
// expect: [1, 2, 3, 4]
// expect: true
// expect: true
// expect: none(0, 0.0)
// expect: Mia
// expect: Liam
// expect: [Adam, Liam]
// expect: 0:Zoe 1:Adam 2:Mia 3:Liam 4:Ava
// expect: {Adam, Mia, Liam, Ava}
// expect: Ava(2, 60.0)
// expect: true
// expect: [4, 9, 16]
// expect: [-2, -3, -4, 9, 16, 25, 36, 49, 64, 81]
// expect: [-2, -4, 16, 36, 64]
// expect: [-2, -4, 16, 36, 64]
// expect: [-2, 7, 7, -4, 16, 36, 64]
// expect: [100, 7, -4, 16, 36, 64]
// expect: [100, 0, 0, 16, 36, 64]
// expect: [0, 0, 16]
// expect: 2
// expect: 0
// expect: [0, 0, 16, 36, 64, 100]
// expect: 100,64,36,16,0,0
// expect: null
// expect: [Apple, apple, banana, Banana, cherry]
// expect: [Apple, Banana, apple, banana, cherry]
// expect: {5, 6}
// expect: {a: 1, c: 3, b: 4}
// expect: {1: a, 3: c, 4: b}
// expect: (a, c)
// expect: true
// expect: {pear, kiwi, fig}
// expect: pear
// expect: 3
// expect: {0, 1, 2}
// expect: [w, x]
// expect: shortest path: 11
// expect: Unsupported operation: Cannot add to an unmodifiable list
// expect: Unsupported operation: Cannot add to a fixed-length list
// expect: RangeError (end): Invalid value: Not in inclusive range 2..3: 1
// expect: Bad state: No element
// expect: 1
// expect: 2
// expect: 3
// expect: {a: 1, b: 2}
// expect: {k: v}
// expect: {a: 1, b: 2}
// expect: [10, 20, 21]
// expect: [1, 2, [3, 4], 5]
