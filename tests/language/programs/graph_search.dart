// Graph algorithms over maps of lists: BFS shortest paths, DFS topological order, components.
class CycleError implements Exception {
  final List<String> path;
  CycleError(this.path);
  @override
  String toString() => 'CycleError: ${path.join(' -> ')}';
}

class Graph {
  final Map<String, List<String>> edges = {};
  final bool directed;
  Graph({this.directed = false});

  void connect(String a, String b) {
    edges.putIfAbsent(a, () => []).add(b);
    edges.putIfAbsent(b, () => []);
    if (!directed) edges[b]!.add(a);
  }

  List<String>? shortestPath(String from, String to) {
    var previous = <String, String?>{from: null};
    var queue = [from];
    var head = 0;
    while (head < queue.length) {
      var node = queue[head++];
      if (node == to) {
        var path = <String>[];
        String? cur = node;
        while (cur != null) {
          path.insert(0, cur);
          cur = previous[cur];
        }
        return path;
      }
      for (var next in edges[node] ?? const <String>[]) {
        if (!previous.containsKey(next)) {
          previous[next] = node;
          queue.add(next);
        }
      }
    }
    return null;
  }

  List<String> topologicalOrder() {
    var done = <String>{};
    var active = <String>[];
    var order = <String>[];
    void visit(String n) {
      if (done.contains(n)) return;
      var at = active.indexOf(n);
      if (at >= 0) throw CycleError([...active.sublist(at), n]);
      active.add(n);
      for (var m in edges[n]!) {
        visit(m);
      }
      active.removeLast();
      done.add(n);
      order.add(n);
    }

    for (var n in edges.keys) {
      visit(n);
    }
    return order.reversed.toList();
  }

  List<Set<String>> components() {
    var seen = <String>{};
    var result = <Set<String>>[];
    for (var start in edges.keys) {
      if (seen.contains(start)) continue;
      var component = <String>{};
      var stack = [start];
      while (stack.isNotEmpty) {
        var n = stack.removeLast();
        if (!seen.add(n)) continue;
        component.add(n);
        stack.addAll(edges[n]!);
      }
      result.add(component);
    }
    return result;
  }
}

void main() {
  var roads = Graph();
  for (var pair in ['a-b', 'b-c', 'c-d', 'a-e', 'e-d', 'd-f', 'x-y']) {
    var ends = pair.split('-');
    roads.connect(ends[0], ends[1]);
  }
  print(roads.edges);
  // expect: {a: [b, e], b: [a, c], c: [b, d], d: [c, e, f], e: [a, d], f: [d], x: [y], y: [x]}
  print(roads.shortestPath('a', 'f'));
  // expect: [a, e, d, f]
  print(roads.shortestPath('c', 'e'));
  // expect: [c, d, e]
  print(roads.shortestPath('a', 'y'));
  // expect: null
  print(roads.components());
  // expect: [{a, e, d, f, c, b}, {x, y}]
  var tasks = Graph(directed: true);
  tasks.connect('wake', 'shower');
  tasks.connect('wake', 'coffee');
  tasks.connect('coffee', 'breakfast');
  tasks.connect('shower', 'dress');
  tasks.connect('dress', 'leave');
  tasks.connect('breakfast', 'leave');
  print(tasks.topologicalOrder());
  // expect: [wake, coffee, breakfast, shower, dress, leave]
  tasks.connect('leave', 'coffee');
  try {
    tasks.topologicalOrder();
  } on CycleError catch (e) {
    print(e);
  }
  // expect: CycleError: leave -> coffee -> breakfast -> leave
}
