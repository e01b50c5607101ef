// Route planner: a generic binary heap priority queue, Dijkstra and A* over a weighted graph parsed from text, path reconstruction, and formatted itineraries.
import 'dart:math';

class PriorityQueue<E> {
  final List<E> _heap = [];
  final int Function(E, E) _compare;
  PriorityQueue(this._compare);

  bool get isEmpty => _heap.isEmpty;
  int get length => _heap.length;

  void add(E e) {
    _heap.add(e);
    var i = _heap.length - 1;
    while (i > 0) {
      final parent = (i - 1) >> 1;
      if (_compare(_heap[i], _heap[parent]) >= 0) break;
      _swap(i, parent);
      i = parent;
    }
  }

  E removeFirst() {
    if (_heap.isEmpty) throw StateError('No element');
    final top = _heap.first;
    final last = _heap.removeLast();
    if (_heap.isNotEmpty) {
      _heap[0] = last;
      var i = 0;
      while (true) {
        final l = 2 * i + 1, r = l + 1;
        var smallest = i;
        if (l < _heap.length && _compare(_heap[l], _heap[smallest]) < 0) smallest = l;
        if (r < _heap.length && _compare(_heap[r], _heap[smallest]) < 0) smallest = r;
        if (smallest == i) break;
        _swap(i, smallest);
        i = smallest;
      }
    }
    return top;
  }

  void _swap(int a, int b) {
    final t = _heap[a];
    _heap[a] = _heap[b];
    _heap[b] = t;
  }
}

typedef Edge = ({String to, int km});

class Graph {
  final Map<String, List<Edge>> adj = {};
  final Map<String, Point<int>> coords = {};

  void addEdge(String a, String b, int km) {
    adj.putIfAbsent(a, () => []).add((to: b, km: km));
    adj.putIfAbsent(b, () => []).add((to: a, km: km));
  }

  static Graph parse(String text) {
    final g = Graph();
    for (final line in text.trim().split('\n')) {
      if (line.startsWith('@')) {
        final [name, x, y] = line.substring(1).split(RegExp(r'\s+'));
        g.coords[name] = Point(int.parse(x), int.parse(y));
      } else {
        final m = RegExp(r'^(\w+)\s*-\s*(\w+)\s*:\s*(\d+)$').firstMatch(line.trim());
        if (m == null) throw FormatException('bad edge line', line);
        g.addEdge(m[1]!, m[2]!, int.parse(m[3]!));
      }
    }
    return g;
  }

  (int, List<String>)? shortest(String from, String to, {bool astar = false}) {
    final dist = <String, int>{from: 0};
    final prev = <String, String>{};
    var expanded = 0;
    int h(String n) => astar ? (coords[n]!.distanceTo(coords[to]!)).floor() : 0;
    final pq = PriorityQueue<(int, String)>((a, b) => a.$1 != b.$1 ? a.$1.compareTo(b.$1) : a.$2.compareTo(b.$2));
    pq.add((h(from), from));
    final done = <String>{};
    while (!pq.isEmpty) {
      final (_, node) = pq.removeFirst();
      if (!done.add(node)) continue;
      expanded++;
      if (node == to) break;
      for (final (:to, :km) in adj[node] ?? const <Edge>[]) {
        final nd = dist[node]! + km;
        if (nd < (dist[to] ?? 1 << 62)) {
          dist[to] = nd;
          prev[to] = node;
          pq.add((nd + h(to), to));
        }
      }
    }
    if (!dist.containsKey(to)) return null;
    final path = <String>[to];
    while (path.last != from) {
      path.add(prev[path.last]!);
    }
    print('  (${astar ? 'A*' : 'Dijkstra'} expanded $expanded nodes)');
    return (dist[to]!, path.reversed.toList());
  }
}

const map = '''
@A 0 0
@B 4 0
@C 8 0
@D 0 5
@E 5 5
@F 9 6
@G 20 20
A - B: 5
B - C: 4
A - D: 6
D - E: 6
B - E: 6
C - F: 7
E - F: 4
''';

void main() {
  final g = Graph.parse(map);
  print('${g.adj.length} connected cities, ${g.adj.values.fold(0, (s, e) => s + e.length) ~/ 2} roads');
  for (final (from, to) in [('A', 'F'), ('D', 'C'), ('A', 'A'), ('A', 'G')]) {
    for (final astar in [false, true]) {
      if (to == 'G' && astar) continue;
      final result = g.shortest(from, to, astar: astar);
      if (result == null) {
        print('$from -> $to: unreachable');
        continue;
      }
      final (km, path) = result;
      print('$from -> $to: ${path.join(' > ')} = $km km');
    }
  }
  final pq = PriorityQueue<String>((a, b) => a.length - b.length)..add('ccc')..add('a')..add('bb')..add('dddd');
  final order = <String>[];
  while (!pq.isEmpty) {
    order.add(pq.removeFirst());
  }
  print(order);
  try {
    pq.removeFirst();
  } on StateError catch (e) {
    print(e);
  }
  try {
    Graph.parse('A = B');
  } on FormatException catch (e) {
    print('${e.message}: ${e.source}');
  }
  final rnd = Random(7);
  final heap = PriorityQueue<int>((a, b) => a.compareTo(b));
  final values = List.generate(50, (_) => rnd.nextInt(1000));
  values.forEach(heap.add);
  final sorted = [for (var i = 0; i < 50; i++) heap.removeFirst()];
  print(sorted.length == 50 && List.generate(49, (i) => sorted[i] <= sorted[i + 1]).every((b) => b));
  print(g.coords['F']!.distanceTo(g.coords['A']!).toStringAsFixed(3));
}

// expect: 6 connected cities, 7 roads
// expect:   (Dijkstra expanded 6 nodes)
// expect: A -> F: A > B > E > F = 15 km
// expect:   (A* expanded 6 nodes)
// expect: A -> F: A > B > E > F = 15 km
// expect:   (Dijkstra expanded 6 nodes)
// expect: D -> C: D > A > B > C = 15 km
// expect:   (A* expanded 5 nodes)
// expect: D -> C: D > A > B > C = 15 km
// expect:   (Dijkstra expanded 1 nodes)
// expect: A -> A: A = 0 km
// expect:   (A* expanded 1 nodes)
// expect: A -> A: A = 0 km
// expect: A -> G: unreachable
// expect: [a, bb, ccc, dddd]
// expect: Bad state: No element
// expect: bad edge line: A = B
// expect: true
// expect: 10.817
